package org.sportello.referral.desk;

import java.time.Instant;
import java.util.UUID;

/** A partner desk sends a person it oriented ({@code contactId}) on to a secretariat office of its district. */
public record SendDeskReferral(DeskReferralId deskReferralId, UUID contactId, String fromOfficeId, String toOfficeId,
                               DeskReason reason, Instant sentAt) {
}
