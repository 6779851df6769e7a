package org.sportello.scheduling.operator;

import org.sportello.platform.problem.DomainException;

/** A weekly window that ends before it starts or overlaps another, or an absence that ends before it starts. */
public class InvalidAvailability extends DomainException {

    /** The problem type: public API, so written once and never derived from the class name. */
    public static final String TYPE = "invalid-availability";

    public InvalidAvailability(String field, String message) {
        super(TYPE, Kind.INVALID_INPUT, field, message);
    }
}
