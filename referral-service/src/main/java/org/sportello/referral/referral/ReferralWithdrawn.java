package org.sportello.referral.referral;

import java.time.Instant;

/** Internal: the sending office withdrew the referral. */
public record ReferralWithdrawn(ReferralId referralId, String providerId, WithdrawalReason reason,
                                Instant withdrawnAt) {
}
