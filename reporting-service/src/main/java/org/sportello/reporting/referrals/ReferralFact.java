package org.sportello.reporting.referrals;

import java.time.Instant;
import java.time.YearMonth;
import java.util.UUID;

/**
 * What the referral reports keep of one referral event: a fact about one referral (or one desk
 * referral), merged with the others of the same id whatever the order they arrive in.
 */
sealed interface ReferralFact {

    /** {@code ReferralSent}: the referral's service type and the month it counts in. */
    record Sent(UUID referralId, String serviceType, Instant sentAt, YearMonth month) implements ReferralFact {
    }

    /** {@code ReferralAccepted}, or {@code ReferralRejected} with its reason. */
    record Answered(UUID referralId, Instant at, String rejectionReason) implements ReferralFact {

        boolean accepted() {
            return rejectionReason == null;
        }
    }

    /** What else befell a referral: each counts once per referral, however often it is told. */
    record Befell(UUID referralId, Fate fate) implements ReferralFact {
    }

    enum Fate { COMPLETED, WITHDRAWN, CONSENT_WITHDRAWN, OVERDUE }

    /** {@code DeskReferralSent}: the district and the month it counts in. */
    record DeskSent(UUID deskReferralId, String districtId, YearMonth month) implements ReferralFact {
    }

    /** {@code DeskReferralAcknowledged}: the secretariat took it up. */
    record DeskAcknowledged(UUID deskReferralId, String districtId) implements ReferralFact {
    }
}
