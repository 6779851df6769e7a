package org.sportello.referral.referral;

import java.time.Instant;

/** The sending office stops the referral. */
public record WithdrawReferral(ReferralId referralId, WithdrawalReason reason, Instant now) {
}
