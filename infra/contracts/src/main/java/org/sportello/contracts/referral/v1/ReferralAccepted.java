package org.sportello.contracts.referral.v1;

import java.time.Instant;
import java.util.UUID;

/**
 * The provider accepted the referral: it will see the citizen. Keyed by {@code referralId}.
 *
 * @param referralId the referral
 * @param providerId the provider that answered
 * @param source     how the answer arrived
 * @param acceptedAt when, UTC
 * @param recordedBy who recorded it (the token's pseudonymous {@code sub}); null when no caller did
 */
public record ReferralAccepted(UUID referralId, String providerId, AnswerSource source, Instant acceptedAt,
                               String recordedBy) {

    public static final String TYPE = "sportello.referral.ReferralAccepted.v1";
}
