package org.sportello.contracts.referral.v1;

/** Why the office withdrew a referral. */
public enum WithdrawalReason {
    /** The need was met another way or is gone. */
    NO_LONGER_NEEDED,
    /** The citizen asked to stop it (without withdrawing consent). */
    CITIZEN_REQUEST,
    /** Sent to the wrong provider or by mistake. */
    SENT_IN_ERROR,
    OTHER
}
