package org.sportello.referral.referral;

import java.time.Instant;

/**
 * The sending office stops the referral.
 *
 * @param withdrawnAt when the office withdrew it: the time the operator gives when recorded after the
 *                    fact, else {@code now}
 * @param now         the server's clock when the command was sent
 */
public record WithdrawReferral(ReferralId referralId, WithdrawalReason reason, Instant withdrawnAt, Instant now) {
}
