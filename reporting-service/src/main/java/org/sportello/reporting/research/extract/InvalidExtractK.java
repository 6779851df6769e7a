package org.sportello.reporting.research.extract;

import org.sportello.platform.problem.DomainException;

/** A k larger than any extract can use: every row would be withheld, and the query costs as much. */
public class InvalidExtractK extends DomainException {

    /** The problem type: public API, so written once and never derived from the class name. */
    public static final String TYPE = "invalid-extract-k";

    InvalidExtractK(int k) {
        super(TYPE, Kind.INVALID_INPUT, "k", "must be at most " + ExtractSettings.MAX_K + ", not " + k);
    }
}
