package org.sportello.reporting.research.indicators;

import org.sportello.platform.problem.DomainException;

/** A parameter of an indicators or comparison query is not one of the values it may take. */
public class InvalidIndicatorFilter extends DomainException {

    /** The problem type: public API, so written once and never derived from the class name. */
    public static final String TYPE = "invalid-indicator-filter";

    InvalidIndicatorFilter(String field, String reason) {
        super(TYPE, Kind.INVALID_INPUT, field, reason);
    }
}
