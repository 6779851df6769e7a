package org.sportello.scheduling.office;

import org.sportello.platform.problem.DomainException;

/** A closure that ends before it starts. */
public class InvalidClosure extends DomainException {

    /** The problem type: public API, so written once and never derived from the class name. */
    public static final String TYPE = "invalid-closure";

    public InvalidClosure() {
        super(TYPE, Kind.INVALID_INPUT, "to", "must not be before from");
    }
}
