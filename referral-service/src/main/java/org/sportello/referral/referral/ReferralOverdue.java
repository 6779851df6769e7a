package org.sportello.referral.referral;

import java.time.Instant;
import java.time.LocalDate;

/** Internal: the deadline check found the referral unanswered after its last day. It may still be answered. */
public record ReferralOverdue(ReferralId referralId, String providerId, LocalDate dueBy, Instant overdueAt) {
}
