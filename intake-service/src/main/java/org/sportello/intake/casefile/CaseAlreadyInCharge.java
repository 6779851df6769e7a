package org.sportello.intake.casefile;

import org.sportello.platform.problem.DomainException;

public class CaseAlreadyInCharge extends DomainException {

    /** The problem type: public API, so written once and never derived from the class name. */
    public static final String TYPE = "case-already-in-charge";

    public CaseAlreadyInCharge(CaseId caseId, String operatorId) {
        super(TYPE, Kind.CONFLICT, "case " + caseId + " is already in the charge of operator " + operatorId);
    }
}
