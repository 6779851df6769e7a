package org.sportello.referral.referral;

import java.time.Instant;

/**
 * Internal: the citizen withdrew consent. The referral stops, and from now on the provider sees
 * nothing of what consent allowed it to see. The consent's record (who, when, how) stays for the
 * office: it shows why the referral was sent and why it stopped.
 */
public record ReferralConsentWithdrawn(ReferralId referralId, String providerId, Instant withdrawnAt) {
}
