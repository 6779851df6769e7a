package org.sportello.reporting.research.querylog;

import org.sportello.platform.problem.DomainException;

/** A parameter of the query log's listing is malformed or out of its range. */
public class InvalidQueryLogFilter extends DomainException {

    /** The problem type: public API, so written once and never derived from the class name. */
    public static final String TYPE = "invalid-query-log-filter";

    InvalidQueryLogFilter(String field, String reason) {
        super(TYPE, Kind.INVALID_INPUT, field, reason);
    }
}
