package org.sportello.reporting.research.indicators;

import org.sportello.platform.problem.DomainException;

/**
 * No registered office belongs to the municipality, district or office a query names. A 404 rather
 * than an empty table: a researcher who mistypes {@code monza} as {@code mozna} should be told so,
 * not shown a study with no data in it.
 */
public class UnknownUnit extends DomainException {

    /** The problem type: public API, so written once and never derived from the class name. */
    public static final String TYPE = "unknown-unit";

    UnknownUnit(String field, String what, String id) {
        super(TYPE, Kind.NOT_FOUND, field, "no office is registered " + what + " '" + id + "'");
    }
}
