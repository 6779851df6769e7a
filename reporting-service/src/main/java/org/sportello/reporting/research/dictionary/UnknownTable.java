package org.sportello.reporting.research.dictionary;

import org.sportello.platform.problem.DomainException;

/** No research table has this name. */
public class UnknownTable extends DomainException {

    /** The problem type: public API, so written once and never derived from the class name. */
    public static final String TYPE = "unknown-table";

    UnknownTable(String table, String known) {
        super(TYPE, Kind.NOT_FOUND, "table", "no research table is named '" + table + "'; the tables are " + known);
    }
}
