package org.sportello.referral.referral;

import java.time.Instant;

/**
 * The provider takes the citizen on.
 *
 * @param source     null when the caller gave none: a provider's own answer is then {@code API}
 * @param answeredAt when the provider answered: the time the caller gives for an answer recorded
 *                   after the fact (a phone call typed in days later), else {@code now}
 * @param now        the server's clock when the command was sent
 */
public record AcceptReferral(ReferralId referralId, AnsweredBy answeredBy, AnswerSource source, Instant answeredAt,
                             Instant now) {
}
