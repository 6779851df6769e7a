package org.sportello.referral;

/**
 * The processing group of the projections that commands and staff rely on (providers, referrals,
 * desk referrals): subscribing (application.properties), so they are written in the command's own
 * transaction and a read right after a command sees it. Every Axon projection here uses it:
 * {@code @ProcessingGroup(ReferralProjections.GROUP)}.
 */
public final class ReferralProjections {

    public static final String GROUP = "referral-projections";

    private ReferralProjections() {
    }
}
