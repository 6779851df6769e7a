package org.sportello.reporting.research.querylog;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonValue;

/** The log's answer: the queries asked, newest first; as JSON a plain array. */
public record ResearchQueries(@JsonValue List<ResearchQuery> queries) {

    public ResearchQueries {
        queries = List.copyOf(queries);
    }
}
