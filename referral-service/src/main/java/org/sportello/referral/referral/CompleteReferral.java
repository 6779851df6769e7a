package org.sportello.referral.referral;

import java.time.Instant;

/** An accepted referral ends with an outcome, recorded by the provider or by an operator. */
public record CompleteReferral(ReferralId referralId, ReferralOutcome outcome, Instant now) {
}
