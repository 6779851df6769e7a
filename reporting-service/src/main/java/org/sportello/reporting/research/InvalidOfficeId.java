package org.sportello.reporting.research;

import org.sportello.platform.problem.DomainException;

public class InvalidOfficeId extends DomainException {

    /** The problem type: public API, so written once and never derived from the class name. */
    public static final String TYPE = "invalid-office-id";

    InvalidOfficeId() {
        this("must be a lowercase slug such as monza-san-rocco, or all (at most " + OfficeSlug.MAX_LENGTH
                + " characters)");
    }

    InvalidOfficeId(String detail) {
        super(TYPE, Kind.INVALID_INPUT, "officeId", detail);
    }
}
