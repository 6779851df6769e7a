package org.sportello.referral.referral;

/** Why a provider turned a referral down. */
public enum RejectionReason {
    NOT_COMPETENT,
    NO_CAPACITY,
    NOT_ELIGIBLE,
    DUPLICATE,
    OTHER
}
