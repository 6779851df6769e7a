package org.sportello.referral.referral;

/** Why the office withdrew a referral. */
public enum WithdrawalReason {
    NO_LONGER_NEEDED,
    /** The citizen asked to stop it, without withdrawing consent. */
    CITIZEN_REQUEST,
    SENT_IN_ERROR,
    OTHER
}
