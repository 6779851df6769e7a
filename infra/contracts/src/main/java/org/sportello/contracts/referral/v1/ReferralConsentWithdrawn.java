package org.sportello.contracts.referral.v1;

import java.time.Instant;
import java.util.UUID;

/**
 * The citizen withdrew consent: the referral stops and nothing more is shared with the provider.
 * Keyed by {@code referralId}.
 *
 * @param referralId  the referral
 * @param providerId  its provider
 * @param withdrawnAt when consent was withdrawn, UTC
 * @param recordedBy  who recorded it (the token's pseudonymous {@code sub}); null when no caller did
 */
public record ReferralConsentWithdrawn(UUID referralId, String providerId, Instant withdrawnAt, String recordedBy) {

    public static final String TYPE = "sportello.referral.ReferralConsentWithdrawn.v1";
}
