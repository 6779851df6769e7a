package org.sportello.referral.referral;

import java.time.Instant;

/** Internal: the provider turned the referral down. */
public record ReferralRejected(ReferralId referralId, String providerId, RejectionReason reason,
                               AnswerSource source, Instant rejectedAt) {
}
