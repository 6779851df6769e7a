package org.sportello.referral.referral;

import java.time.Instant;

/**
 * The provider turns the referral down; {@code source}, {@code answeredAt} and {@code now} as in
 * {@link AcceptReferral}.
 */
public record RejectReferral(ReferralId referralId, AnsweredBy answeredBy, RejectionReason reason,
                             AnswerSource source, Instant answeredAt, Instant now) {
}
