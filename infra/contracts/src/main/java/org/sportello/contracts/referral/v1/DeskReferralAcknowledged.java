package org.sportello.contracts.referral.v1;

import java.time.Instant;
import java.util.UUID;

/**
 * The secretariat office took up a partner desk's referral (it has the person in hand). Keyed by
 * {@code deskReferralId}.
 *
 * @param deskReferralId the desk referral
 * @param toOfficeId     the secretariat office that took it up
 * @param districtId     its district
 * @param acknowledgedAt when, UTC
 * @param recordedBy     who recorded it (the token's pseudonymous {@code sub}); null when no caller did
 */
public record DeskReferralAcknowledged(UUID deskReferralId, String toOfficeId, String districtId,
                                       Instant acknowledgedAt, String recordedBy) {

    public static final String TYPE = "sportello.referral.DeskReferralAcknowledged.v1";
}
