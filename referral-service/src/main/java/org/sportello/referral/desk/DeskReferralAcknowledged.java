package org.sportello.referral.desk;

import java.time.Instant;

/** The secretariat office {@code toOfficeId} took up the desk referral. */
public record DeskReferralAcknowledged(DeskReferralId deskReferralId, String toOfficeId, String districtId,
                                       Instant acknowledgedAt) {
}
