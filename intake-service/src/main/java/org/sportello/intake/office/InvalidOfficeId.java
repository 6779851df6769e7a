package org.sportello.intake.office;

import org.sportello.platform.problem.DomainException;

public class InvalidOfficeId extends DomainException {

    InvalidOfficeId(String reason) {
        super("officeId", reason);
    }

    @Override
    public Kind kind() {
        return Kind.INVALID_INPUT;
    }
}
