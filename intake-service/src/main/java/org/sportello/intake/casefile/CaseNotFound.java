package org.sportello.intake.casefile;

import org.sportello.platform.problem.DomainException;

public class CaseNotFound extends DomainException {

    /** The problem type: public API, so written once and never derived from the class name. */
    public static final String TYPE = "case-not-found";

    public CaseNotFound(CaseId caseId) {
        super(TYPE, Kind.NOT_FOUND, "caseId", "no case " + caseId);
    }
}
