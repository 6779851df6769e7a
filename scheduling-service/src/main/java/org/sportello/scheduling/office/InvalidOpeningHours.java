package org.sportello.scheduling.office;

import org.sportello.platform.problem.DomainException;

/** A slot of a new set that ends before it starts, or overlaps another slot of its day. */
public class InvalidOpeningHours extends DomainException {

    /** The problem type: public API, so written once and never derived from the class name. */
    public static final String TYPE = "invalid-opening-hours";

    public InvalidOpeningHours(String field, String message) {
        super(TYPE, Kind.INVALID_INPUT, field, message);
    }
}
