package org.sportello.contracts.referral.v1;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.sportello.contracts.intake.v1.NeedCategory;
import org.sportello.contracts.intake.v1.UserArea;

/**
 * A partner desk sent a person it oriented on to a secretariat office of its district. Keyed by
 * {@code deskReferralId}.
 *
 * @param deskReferralId the desk referral's id
 * @param contactId      the orientation contact the desk recorded at intake
 * @param fromOfficeId   the partner desk (an office of kind {@code PARTNER_DESK})
 * @param toOfficeId     the secretariat office (kind {@code SECRETARIAT}) of the same district
 * @param districtId     their district
 * @param userArea       the user area of the need
 * @param categories     the need categories, at least one
 * @param sentAt         when, UTC
 * @param recordedBy     who sent it (the token's pseudonymous {@code sub}); null when no caller did
 */
public record DeskReferralSent(UUID deskReferralId, UUID contactId, String fromOfficeId, String toOfficeId,
                               String districtId, UserArea userArea, List<NeedCategory> categories, Instant sentAt,
                               String recordedBy) {

    public static final String TYPE = "sportello.referral.DeskReferralSent.v1";
}
