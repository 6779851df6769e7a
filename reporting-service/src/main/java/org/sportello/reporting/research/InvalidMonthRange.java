package org.sportello.reporting.research;

import org.sportello.platform.problem.DomainException;

/** The months are well formed, but {@code to} is before {@code from} or too far after it. */
public class InvalidMonthRange extends DomainException {

    /** The problem type: public API, so written once and never derived from the class name. */
    public static final String TYPE = "invalid-month-range";

    InvalidMonthRange(String reason) {
        super(TYPE, Kind.INVALID_INPUT, "to", reason);
    }
}
