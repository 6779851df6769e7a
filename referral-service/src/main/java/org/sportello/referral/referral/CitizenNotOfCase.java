package org.sportello.referral.referral;

import java.util.UUID;

import org.sportello.platform.problem.DomainException;

/** The citizen named is not the one whose case it is: a referral would send the wrong person's needs. */
public class CitizenNotOfCase extends DomainException {

    /** The problem type: public API, so written once and never derived from the class name. */
    public static final String TYPE = "citizen-not-of-case";

    CitizenNotOfCase(UUID citizenId, UUID caseId) {
        super(TYPE, Kind.RULE_VIOLATION, "citizenId", "citizen " + citizenId + " is not the citizen of case " + caseId);
    }
}
