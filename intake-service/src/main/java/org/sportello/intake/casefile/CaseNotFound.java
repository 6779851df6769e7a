package org.sportello.intake.casefile;

import org.sportello.platform.problem.DomainException;

public class CaseNotFound extends DomainException {

    public CaseNotFound(CaseId caseId) {
        super("caseId", "no case " + caseId);
    }

    @Override
    public Kind kind() {
        return Kind.NOT_FOUND;
    }
}
