package org.sportello.referral.referral;

import java.util.UUID;

import org.sportello.platform.problem.DomainException;

/** A closed case is history: nothing is sent from it; the citizen's new contact opens a new case. */
public class CaseClosed extends DomainException {

    /** The problem type: public API, so written once and never derived from the class name. */
    public static final String TYPE = "case-closed";

    CaseClosed(UUID caseId) {
        super(TYPE, Kind.CONFLICT, "caseId", "case " + caseId + " is closed");
    }
}
