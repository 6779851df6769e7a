package org.sportello.referral.referral;

import java.time.Instant;

/**
 * The provider takes the citizen on.
 *
 * @param source null when the caller gave none: a provider's own answer is then {@code API}
 * @param now    the server's clock: when the answer was recorded
 */
public record AcceptReferral(ReferralId referralId, AnsweredBy answeredBy, AnswerSource source, Instant now) {
}
