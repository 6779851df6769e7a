package org.sportello.reporting.research.codingschemes;

import org.sportello.platform.problem.DomainException;

/** No coding scheme has this version. */
public class UnknownCodingScheme extends DomainException {

    /** The problem type: public API, so written once and never derived from the class name. */
    public static final String TYPE = "unknown-coding-scheme";

    UnknownCodingScheme(String field, String version) {
        super(TYPE, Kind.NOT_FOUND, field, "no coding scheme has version '" + version + "'");
    }
}
