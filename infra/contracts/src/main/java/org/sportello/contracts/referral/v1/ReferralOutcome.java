package org.sportello.contracts.referral.v1;

/** How an accepted referral ended. */
public enum ReferralOutcome {
    /** The provider took the citizen on. */
    SERVICE_STARTED,
    CITIZEN_DID_NOT_GO,
    CITIZEN_DECLINED,
    /** The provider sent the citizen on elsewhere. */
    REDIRECTED,
    OTHER
}
