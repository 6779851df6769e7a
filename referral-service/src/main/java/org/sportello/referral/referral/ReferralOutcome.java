package org.sportello.referral.referral;

/** How an accepted referral ended. */
public enum ReferralOutcome {
    SERVICE_STARTED,
    CITIZEN_DID_NOT_GO,
    CITIZEN_DECLINED,
    REDIRECTED,
    OTHER
}
