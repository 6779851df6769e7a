package org.sportello.referral.referral;

import org.sportello.platform.problem.DomainException;

/**
 * No such referral, or one the caller may not see (another office's, another provider's): the
 * same answer, so that nothing leaks about what exists elsewhere.
 */
public class ReferralNotFound extends DomainException {

    /** The problem type: public API, so written once and never derived from the class name. */
    public static final String TYPE = "referral-not-found";

    ReferralNotFound(ReferralId referralId) {
        super(TYPE, Kind.NOT_FOUND, "referralId", "no referral " + referralId);
    }
}
