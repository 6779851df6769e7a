package org.sportello.intake.contact;

import org.sportello.platform.problem.DomainException;

public class IncompleteContact extends DomainException {

    /** The problem type: public API, so written once and never derived from the class name. */
    public static final String TYPE = "incomplete-contact";

    IncompleteContact(String field, String reason) {
        super(field, reason);
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
