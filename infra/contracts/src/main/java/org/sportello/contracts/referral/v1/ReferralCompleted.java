package org.sportello.contracts.referral.v1;

import java.time.Instant;
import java.util.UUID;

/**
 * An accepted referral ended with an outcome. Keyed by {@code referralId}.
 *
 * @param referralId  the referral
 * @param providerId  its provider
 * @param outcome     how it ended
 * @param completedAt when, UTC
 * @param recordedBy  who recorded it (the token's pseudonymous {@code sub}); null when no caller did
 */
public record ReferralCompleted(UUID referralId, String providerId, ReferralOutcome outcome, Instant completedAt,
                                String recordedBy) {

    public static final String TYPE = "sportello.referral.ReferralCompleted.v1";
}
