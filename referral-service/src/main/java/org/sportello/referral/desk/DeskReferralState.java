package org.sportello.referral.desk;

/** Where a desk referral stands: sent by the desk, then taken up by the secretariat. */
public enum DeskReferralState {
    SENT,
    ACKNOWLEDGED
}
