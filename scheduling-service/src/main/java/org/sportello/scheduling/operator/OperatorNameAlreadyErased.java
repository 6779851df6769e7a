package org.sportello.scheduling.operator;

import org.sportello.platform.problem.DomainException;

/** The operator's name was erased already: a second erasure would record an erasure of nothing. */
public class OperatorNameAlreadyErased extends DomainException {

    /** The problem type: public API, so written once and never derived from the class name. */
    public static final String TYPE = "operator-name-already-erased";

    public OperatorNameAlreadyErased(OperatorId operatorId) {
        super(TYPE, Kind.CONFLICT, "operatorId", "the name of operator " + operatorId + " was erased already");
    }
}
