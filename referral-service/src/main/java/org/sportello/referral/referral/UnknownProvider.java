package org.sportello.referral.referral;

import org.sportello.platform.problem.DomainException;

/** A referral goes to a registered provider only. */
public class UnknownProvider extends DomainException {

    /** The problem type: public API, so written once and never derived from the class name. */
    public static final String TYPE = "unknown-provider";

    UnknownProvider(String providerId) {
        super(TYPE, Kind.RULE_VIOLATION, "providerId", "no provider " + providerId + " is registered");
    }
}
