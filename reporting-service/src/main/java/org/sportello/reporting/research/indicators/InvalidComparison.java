package org.sportello.reporting.research.indicators;

import org.sportello.platform.problem.DomainException;

/** A comparison is of exactly two different municipalities. */
public class InvalidComparison extends DomainException {

    /** The problem type: public API, so written once and never derived from the class name. */
    public static final String TYPE = "invalid-comparison";

    InvalidComparison(String reason) {
        super(TYPE, Kind.RULE_VIOLATION, "municipalities", reason);
    }
}
