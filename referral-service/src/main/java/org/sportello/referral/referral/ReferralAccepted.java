package org.sportello.referral.referral;

import java.time.Instant;

/** Internal: the provider accepted the referral. */
public record ReferralAccepted(ReferralId referralId, String providerId, AnswerSource source, Instant acceptedAt) {
}
