package org.sportello.reporting.referrals;

import java.time.Instant;
import java.util.Collection;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.UUID;

/**
 * What one batch of referral events adds to the tables, merged per referral in memory first: a
 * statement per table, and no row touched twice by one statement (PostgreSQL refuses that). Every
 * merge here and in {@link ReferralsTables} is the same whatever the order of the facts: the
 * earliest sending, the earliest answer of each kind, a flag once set stays set. Keys are sorted
 * so that concurrent batches lock rows in the same order.
 *
 * @param serviceTypes  the earliest month each service type was sent to, in this batch
 * @param referrals     each referral's fate as this batch tells it
 * @param districts     the earliest month a desk referral of each district was sent, in this batch
 * @param deskReferrals each desk referral's fate as this batch tells it
 */
record ReferralActivity(SortedMap<String, String> serviceTypes, SortedMap<UUID, Fate> referrals,
                        SortedMap<String, String> districts, SortedMap<UUID, DeskFate> deskReferrals) {

    /**
     * A referral's fate; null where this batch says nothing.
     *
     * @param rejectionReason the reason of the earliest rejection
     */
    record Fate(String serviceType, String month, Instant sentAt, Instant acceptedAt, Instant rejectedAt,
                String rejectionReason, boolean completed, boolean withdrawn, boolean consentWithdrawn,
                boolean overdue) {

        static final Fate NOTHING = new Fate(null, null, null, null, null, null, false, false, false, false);

        Fate with(ReferralFact fact) {
            if (fact instanceof ReferralFact.Sent sent) {
                // Told twice (it should not be), the earlier sending stands, whichever came first.
                return sentAt != null && !sent.sentAt().isBefore(sentAt) ? this
                        : new Fate(sent.serviceType(), sent.month().toString(), sent.sentAt(), acceptedAt, rejectedAt,
                                rejectionReason, completed, withdrawn, consentWithdrawn, overdue);
            } else if (fact instanceof ReferralFact.Answered answer && answer.accepted()) {
                return new Fate(serviceType, month, sentAt, earlier(acceptedAt, answer.at()), rejectedAt,
                        rejectionReason, completed, withdrawn, consentWithdrawn, overdue);
            } else if (fact instanceof ReferralFact.Answered rejection) {
                return rejectedAt != null && !rejection.at().isBefore(rejectedAt) ? this
                        : new Fate(serviceType, month, sentAt, acceptedAt, rejection.at(), rejection.rejectionReason(),
                                completed, withdrawn, consentWithdrawn, overdue);
            } else if (fact instanceof ReferralFact.Befell befell) {
                return new Fate(serviceType, month, sentAt, acceptedAt, rejectedAt, rejectionReason,
                        completed || befell.fate() == ReferralFact.Fate.COMPLETED,
                        withdrawn || befell.fate() == ReferralFact.Fate.WITHDRAWN,
                        consentWithdrawn || befell.fate() == ReferralFact.Fate.CONSENT_WITHDRAWN,
                        overdue || befell.fate() == ReferralFact.Fate.OVERDUE);
            }
            throw new IllegalArgumentException("not a fact about a referral: " + fact);
        }

        private static Instant earlier(Instant one, Instant other) {
            return one == null || other.isBefore(one) ? other : one;
        }
    }

    /** A desk referral's fate; {@code month} null when this batch did not see it sent. */
    record DeskFate(String districtId, String month, boolean acknowledged) {

        static final DeskFate NOTHING = new DeskFate(null, null, false);

        DeskFate with(ReferralFact fact) {
            if (fact instanceof ReferralFact.DeskSent sent) {
                return month != null && month.compareTo(sent.month().toString()) <= 0 ? this
                        : new DeskFate(sent.districtId(), sent.month().toString(), acknowledged);
            } else if (fact instanceof ReferralFact.DeskAcknowledged acknowledgement) {
                return new DeskFate(districtId == null ? acknowledgement.districtId() : districtId, month, true);
            }
            throw new IllegalArgumentException("not a fact about a desk referral: " + fact);
        }
    }

    static ReferralActivity of(Collection<ReferralFact> facts) {
        SortedMap<String, String> serviceTypes = new TreeMap<>();
        SortedMap<UUID, Fate> referrals = new TreeMap<>();
        SortedMap<String, String> districts = new TreeMap<>();
        SortedMap<UUID, DeskFate> deskReferrals = new TreeMap<>();
        for (ReferralFact fact : facts) {
            if (fact instanceof ReferralFact.Sent sent) {
                earliest(serviceTypes, sent.serviceType(), sent.month().toString());
                referrals.merge(sent.referralId(), Fate.NOTHING.with(sent), (known, any) -> known.with(sent));
            } else if (fact instanceof ReferralFact.Answered answer) {
                referrals.merge(answer.referralId(), Fate.NOTHING.with(answer), (known, any) -> known.with(answer));
            } else if (fact instanceof ReferralFact.Befell befell) {
                referrals.merge(befell.referralId(), Fate.NOTHING.with(befell), (known, any) -> known.with(befell));
            } else if (fact instanceof ReferralFact.DeskSent sent) {
                earliest(districts, sent.districtId(), sent.month().toString());
                deskReferrals.merge(sent.deskReferralId(), DeskFate.NOTHING.with(sent), (known, any) -> known.with(sent));
            } else if (fact instanceof ReferralFact.DeskAcknowledged acknowledgement) {
                deskReferrals.merge(acknowledgement.deskReferralId(), DeskFate.NOTHING.with(acknowledgement),
                        (known, any) -> known.with(acknowledgement));
            }
        }
        return new ReferralActivity(serviceTypes, referrals, districts, deskReferrals);
    }

    boolean isEmpty() {
        return referrals.isEmpty() && deskReferrals.isEmpty();
    }

    // YYYY-MM text sorts as the months do.
    private static void earliest(SortedMap<String, String> firstMonths, String key, String month) {
        firstMonths.merge(key, month, (one, other) -> one.compareTo(other) <= 0 ? one : other);
    }
}
