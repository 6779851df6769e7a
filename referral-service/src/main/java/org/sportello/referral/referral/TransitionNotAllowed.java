package org.sportello.referral.referral;

import org.sportello.platform.problem.DomainException;

/** The referral's state does not allow the change asked for (see {@link ReferralState#allows}). */
public class TransitionNotAllowed extends DomainException {

    /** The problem type: public API, so written once and never derived from the class name. */
    public static final String TYPE = "referral-transition-not-allowed";

    TransitionNotAllowed(ReferralId referralId, ReferralState state, ReferralState.Transition transition) {
        super(TYPE, Kind.CONFLICT, null, "referral " + referralId + " is " + state + ": "
                + transition.path() + " is not allowed from " + state + "; nothing was recorded");
    }
}
