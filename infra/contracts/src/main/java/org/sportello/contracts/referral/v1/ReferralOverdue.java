package org.sportello.contracts.referral.v1;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * The provider did not answer by the referral's last day. It may still answer. Keyed by
 * {@code referralId}.
 *
 * @param referralId the referral
 * @param providerId its provider
 * @param dueBy      the last local day it had (Europe/Rome)
 * @param overdueAt  when the deadline check found it unanswered, UTC
 */
public record ReferralOverdue(UUID referralId, String providerId, LocalDate dueBy, Instant overdueAt) {

    public static final String TYPE = "sportello.referral.ReferralOverdue.v1";
}
