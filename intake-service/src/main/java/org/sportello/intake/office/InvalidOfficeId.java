package org.sportello.intake.office;

import org.sportello.platform.problem.DomainException;

public class InvalidOfficeId extends DomainException {

    /** The problem type: public API, so written once and never derived from the class name. */
    public static final String TYPE = "invalid-office-id";

    InvalidOfficeId(String reason) {
        super("officeId", reason);
    }

    @Override
    public Kind kind() {
        return Kind.INVALID_INPUT;
    }

    @Override
    public String typeSlug() {
        return TYPE;
    }
}
