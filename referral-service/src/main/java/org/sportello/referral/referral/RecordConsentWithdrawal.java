package org.sportello.referral.referral;

import java.time.Instant;

/**
 * The citizen withdrew consent: the referral stops and nothing more is shared.
 *
 * @param at  when the citizen withdrew it: the time the operator gives, else {@code now}
 * @param now the server's clock when the command was sent
 */
public record RecordConsentWithdrawal(ReferralId referralId, Instant at, Instant now) {
}
