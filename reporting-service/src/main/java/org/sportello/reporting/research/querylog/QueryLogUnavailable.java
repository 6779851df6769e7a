package org.sportello.reporting.research.querylog;

import org.sportello.platform.problem.DomainException;

/**
 * A research query cannot be recorded now, so it is not answered: administrators must be able to
 * see every question that got an answer.
 */
public class QueryLogUnavailable extends DomainException {

    /** The problem type: public API, so written once and never derived from the class name. */
    public static final String TYPE = "query-log-unavailable";

    QueryLogUnavailable() {
        super(TYPE, Kind.UNAVAILABLE, "Research queries are recorded before they are answered, and the query log "
                + "cannot be written now; nothing was answered. Ask again later.");
    }
}
