package org.sportello.intake.office;

import org.sportello.platform.problem.DomainException;

public class InvalidOfficeId extends DomainException {

    /** The problem type: public API, so written once and never derived from the class name. */
    public static final String TYPE = "invalid-office-id";

    InvalidOfficeId(String reason) {
        super(TYPE, Kind.INVALID_INPUT, "officeId", reason);
    }
}
