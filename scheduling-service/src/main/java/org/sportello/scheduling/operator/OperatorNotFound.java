package org.sportello.scheduling.operator;

import org.sportello.platform.problem.DomainException;

/** The operator in the path was never registered. */
public class OperatorNotFound extends DomainException {

    /** The problem type: public API, so written once and never derived from the class name. */
    public static final String TYPE = "operator-not-found";

    public OperatorNotFound(OperatorId operatorId) {
        super(TYPE, Kind.NOT_FOUND, "operatorId", "no operator " + operatorId);
    }
}
