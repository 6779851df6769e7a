package org.sportello.contracts.referral.v1;

import java.time.Instant;
import java.util.UUID;

/**
 * The sending office withdrew the referral. Keyed by {@code referralId}.
 *
 * @param referralId  the referral
 * @param providerId  its provider
 * @param reason      why, coded
 * @param withdrawnAt when, UTC
 * @param recordedBy  who recorded it (the token's pseudonymous {@code sub}); null when no caller did
 */
public record ReferralWithdrawn(UUID referralId, String providerId, WithdrawalReason reason, Instant withdrawnAt,
                                String recordedBy) {

    public static final String TYPE = "sportello.referral.ReferralWithdrawn.v1";
}
