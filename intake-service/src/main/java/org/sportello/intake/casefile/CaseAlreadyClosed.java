package org.sportello.intake.casefile;

import org.sportello.platform.problem.DomainException;

public class CaseAlreadyClosed extends DomainException {

    /** The problem type: public API, so written once and never derived from the class name. */
    public static final String TYPE = "case-already-closed";

    public CaseAlreadyClosed(CaseId caseId) {
        super(TYPE, Kind.CONFLICT, "case " + caseId + " is closed; its history can no longer change");
    }
}
