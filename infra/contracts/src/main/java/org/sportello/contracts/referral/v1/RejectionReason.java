package org.sportello.contracts.referral.v1;

/** Why a provider turned a referral down. */
public enum RejectionReason {
    NOT_COMPETENT,
    NO_CAPACITY,
    NOT_ELIGIBLE,
    DUPLICATE,
    OTHER
}
