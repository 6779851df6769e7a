package org.sportello.referral.referral;

import java.time.Instant;

/**
 * Sent by {@link CitizenErasures} for each referral of a citizen intake erased: the referral records
 * the erasure and the citizen's key is shredded in the same transaction.
 *
 * @param reference what the erasure follows, e.g. intake's event
 * @param erasedAt  when intake erased the citizen
 */
public record EraseReferralPersonalData(ReferralId referralId, String reference, Instant erasedAt) {
}
