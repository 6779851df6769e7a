package org.sportello.referral.referral;

import java.util.Set;

/**
 * Where a referral stands. {@code OVERDUE} is still open: a late answer is still an answer.
 * {@code REJECTED}, {@code COMPLETED}, {@code WITHDRAWN} and {@code CONSENT_WITHDRAWN} are final.
 */
public enum ReferralState {
    SENT,
    OVERDUE,
    ACCEPTED,
    REJECTED,
    COMPLETED,
    WITHDRAWN,
    CONSENT_WITHDRAWN;

    /** Whether {@code transition} may be made from here: the lifecycle, in one place. */
    boolean allows(Transition transition) {
        return switch (transition) {
            // The provider answers while the referral waits for an answer, overdue or not.
            case ACCEPT, REJECT -> Set.of(SENT, OVERDUE).contains(this);
            // Only what was taken up can end with an outcome.
            case COMPLETE -> this == ACCEPTED;
            // The office may stop, and the citizen withdraw consent, until the referral has ended.
            case WITHDRAW, WITHDRAW_CONSENT -> Set.of(SENT, OVERDUE, ACCEPTED).contains(this);
        };
    }

    /** The changes a referral's state can undergo by command, named as their API paths name them. */
    enum Transition {
        ACCEPT("accept"),
        REJECT("reject"),
        COMPLETE("complete"),
        WITHDRAW("withdraw"),
        WITHDRAW_CONSENT("consent-withdrawn");

        private final String path;

        Transition(String path) {
            this.path = path;
        }

        String path() {
            return path;
        }
    }
}
