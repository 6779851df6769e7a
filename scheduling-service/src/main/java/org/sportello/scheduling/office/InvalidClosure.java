package org.sportello.scheduling.office;

import org.sportello.platform.problem.DomainException;

/** A closure that ends before it starts, or one more than an office keeps. */
public class InvalidClosure extends DomainException {

    /** The problem type: public API, so written once and never derived from the class name. */
    public static final String TYPE = "invalid-closure";

    public InvalidClosure(String field, String message) {
        super(TYPE, Kind.INVALID_INPUT, field, message);
    }
}
