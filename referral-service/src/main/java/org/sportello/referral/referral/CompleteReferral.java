package org.sportello.referral.referral;

import java.time.Instant;

/**
 * An accepted referral ends with an outcome, recorded by the provider or by an operator.
 *
 * @param completedAt when it ended: the time the caller gives when recorded after the fact, else {@code now}
 * @param now         the server's clock when the command was sent
 */
public record CompleteReferral(ReferralId referralId, ReferralOutcome outcome, Instant completedAt, Instant now) {
}
