package org.sportello.contracts.referral.v1;

import java.time.Instant;
import java.util.UUID;

/**
 * The provider turned the referral down. Keyed by {@code referralId}.
 *
 * @param referralId the referral
 * @param providerId the provider that answered
 * @param reason     why, coded
 * @param source     how the answer arrived
 * @param rejectedAt when, UTC
 * @param recordedBy who recorded it (the token's pseudonymous {@code sub}); null when no caller did
 */
public record ReferralRejected(UUID referralId, String providerId, RejectionReason reason, AnswerSource source,
                               Instant rejectedAt, String recordedBy) {

    public static final String TYPE = "sportello.referral.ReferralRejected.v1";
}
