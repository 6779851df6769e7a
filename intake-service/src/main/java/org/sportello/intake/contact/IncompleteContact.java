package org.sportello.intake.contact;

import org.sportello.platform.problem.DomainException;

public class IncompleteContact extends DomainException {

    IncompleteContact(String field, String reason) {
        super(field, reason);
    }

    @Override
    public Kind kind() {
        return Kind.INVALID_INPUT;
    }
}
