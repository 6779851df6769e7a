package org.sportello.reporting.research.codingschemes;

import org.sportello.platform.problem.DomainException;

/** A new coding scheme that cannot be used as given; the problem names the field and why. */
public class InvalidCodingScheme extends DomainException {

    /** The problem type: public API, so written once and never derived from the class name. */
    public static final String TYPE = "invalid-coding-scheme";

    InvalidCodingScheme(String field, String reason) {
        super(TYPE, Kind.RULE_VIOLATION, field, reason);
    }
}
