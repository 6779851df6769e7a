package org.sportello.referral.desk;

import java.time.Instant;
import java.util.UUID;

/** A partner desk sent a person on to the secretariat office {@code toOfficeId} of {@code districtId}. */
public record DeskReferralSent(DeskReferralId deskReferralId, UUID contactId, String fromOfficeId, String toOfficeId,
                               String districtId, DeskReason reason, Instant sentAt) {
}
