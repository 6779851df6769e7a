package org.sportello.intake.casefile;

import org.sportello.platform.problem.DomainException;

public class CaseAlreadyInCharge extends DomainException {

    public CaseAlreadyInCharge(CaseId caseId, String operatorId) {
        super("case " + caseId + " is already in the charge of operator " + operatorId);
    }

    @Override
    public Kind kind() {
        return Kind.CONFLICT;
    }
}
