package org.sportello.referral.referral;

import java.time.Instant;

/** Internal: an accepted referral ended with an outcome. */
public record ReferralCompleted(ReferralId referralId, String providerId, ReferralOutcome outcome,
                                Instant completedAt) {
}
