package org.sportello.referral.referral;

import java.util.UUID;

import org.sportello.platform.problem.DomainException;

/** Referral knows cases only as intake publishes them; this one it has not heard of (yet). */
public class UnknownCase extends DomainException {

    /** The problem type: public API, so written once and never derived from the class name. */
    public static final String TYPE = "unknown-case";

    UnknownCase(UUID caseId) {
        super(TYPE, Kind.RULE_VIOLATION, "caseId", "no case " + caseId + " published by intake");
    }
}
