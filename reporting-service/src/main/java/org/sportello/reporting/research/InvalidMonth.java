package org.sportello.reporting.research;

import org.sportello.platform.problem.DomainException;

/** A month parameter is not a month written YYYY-MM. */
public class InvalidMonth extends DomainException {

    /** The problem type: public API, so written once and never derived from the class name. */
    public static final String TYPE = "invalid-month";

    InvalidMonth(String field, String value) {
        super(TYPE, Kind.INVALID_INPUT, field, "'" + value + "' is not a month as YYYY-MM, such as 2025-01");
    }
}
