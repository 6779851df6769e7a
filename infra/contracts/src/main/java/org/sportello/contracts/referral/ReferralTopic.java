package org.sportello.contracts.referral;

/** Where referral publishes, and how it names itself as the source of its events. */
public final class ReferralTopic {

    public static final String NAME = "sportello.referral.events";
    public static final String SOURCE = "/sportello/referral";

    private ReferralTopic() {
    }
}
