package org.sportello.intake.contact;

import org.sportello.platform.problem.DomainException;

public class IncompleteContact extends DomainException {

    /** The problem type: public API, so written once and never derived from the class name. */
    public static final String TYPE = "incomplete-contact";

    IncompleteContact(String field, String reason) {
        super(TYPE, Kind.INVALID_INPUT, field, reason);
    }
}
