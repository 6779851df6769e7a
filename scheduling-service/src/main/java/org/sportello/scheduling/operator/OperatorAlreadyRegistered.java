package org.sportello.scheduling.operator;

import org.sportello.platform.problem.DomainException;

/** The operator id (a token's sub) is registered already. */
public class OperatorAlreadyRegistered extends DomainException {

    /** The problem type: public API, so written once and never derived from the class name. */
    public static final String TYPE = "operator-already-registered";

    public OperatorAlreadyRegistered(OperatorId operatorId) {
        super(TYPE, Kind.CONFLICT, "operatorId", "an operator " + operatorId + " is registered already");
    }
}
