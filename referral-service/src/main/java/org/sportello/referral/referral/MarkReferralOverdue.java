package org.sportello.referral.referral;

import java.time.Instant;

/**
 * Sent by {@link ReferralDeadlines} to a referral it found unanswered past its deadline. The
 * referral decides: it is marked overdue only if it is still waiting and the deadline has passed
 * at {@code checkedAt}, so a check that raced an answer, or came early, changes nothing.
 *
 * @param checkedAt the time the check was due (the job's scheduled time)
 */
public record MarkReferralOverdue(ReferralId referralId, Instant checkedAt) {
}
