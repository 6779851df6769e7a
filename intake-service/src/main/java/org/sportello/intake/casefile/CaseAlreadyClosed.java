package org.sportello.intake.casefile;

import org.sportello.platform.problem.DomainException;

public class CaseAlreadyClosed extends DomainException {

    public CaseAlreadyClosed(CaseId caseId) {
        super("case " + caseId + " is closed; its history can no longer change");
    }

    @Override
    public Kind kind() {
        return Kind.CONFLICT;
    }
}
