package org.sportello.scheduling.office;

import org.sportello.platform.problem.DomainException;

/** An open-hours query whose range is reversed or too long to answer. */
public class InvalidDateRange extends DomainException {

    /** The problem type: public API, so written once and never derived from the class name. */
    public static final String TYPE = "invalid-date-range";

    public InvalidDateRange(String field, String message) {
        super(TYPE, Kind.INVALID_INPUT, field, message);
    }
}
