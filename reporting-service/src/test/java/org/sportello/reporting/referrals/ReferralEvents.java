package org.sportello.reporting.referrals;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import org.sportello.contracts.intake.v1.NeedCategory;
import org.sportello.contracts.intake.v1.UserArea;
import org.sportello.contracts.referral.v1.AnswerSource;
import org.sportello.contracts.referral.v1.Consent;
import org.sportello.contracts.referral.v1.ConsentForm;
import org.sportello.contracts.referral.v1.ConsentGivenBy;
import org.sportello.contracts.referral.v1.DeskReferralAcknowledged;
import org.sportello.contracts.referral.v1.DeskReferralSent;
import org.sportello.contracts.referral.v1.ReferralAccepted;
import org.sportello.contracts.referral.v1.ReferralCompleted;
import org.sportello.contracts.referral.v1.ReferralConsentWithdrawn;
import org.sportello.contracts.referral.v1.ReferralOutcome;
import org.sportello.contracts.referral.v1.ReferralOverdue;
import org.sportello.contracts.referral.v1.ReferralRejected;
import org.sportello.contracts.referral.v1.ReferralSent;
import org.sportello.contracts.referral.v1.ReferralWithdrawn;
import org.sportello.contracts.referral.v1.RejectionReason;
import org.sportello.contracts.referral.v1.ServiceType;
import org.sportello.contracts.referral.v1.ShareScope;
import org.sportello.contracts.referral.v1.WithdrawalReason;

/** Referral's events as it publishes them, with what the tests do not care about filled in. */
final class ReferralEvents {

    static final String PROVIDER = "serd-monza";

    private ReferralEvents() {
    }

    static ReferralSent sent(UUID referralId, ServiceType serviceType, Instant sentAt) {
        return new ReferralSent(referralId, UUID.randomUUID(), UUID.randomUUID(), PROVIDER, serviceType, "monza-centro",
                UserArea.ADDICTIONS, List.of(NeedCategory.HEALTH),
                new Consent(ConsentGivenBy.CITIZEN, ConsentForm.SIGNED, sentAt.minusSeconds(600),
                        List.of(ShareScope.NEEDS)),
                sentAt, LocalDate.ofInstant(sentAt, ZoneOffset.UTC).plusDays(14), "op-0173");
    }

    static ReferralAccepted accepted(UUID referralId, Instant at) {
        return new ReferralAccepted(referralId, PROVIDER, AnswerSource.PHONE, at, "op-0173");
    }

    static ReferralRejected rejected(UUID referralId, RejectionReason reason, Instant at) {
        return new ReferralRejected(referralId, PROVIDER, reason, AnswerSource.API, at, "prov-1");
    }

    static ReferralCompleted completed(UUID referralId, Instant at) {
        return new ReferralCompleted(referralId, PROVIDER, ReferralOutcome.SERVICE_STARTED, at, "op-0173");
    }

    static ReferralWithdrawn withdrawn(UUID referralId, Instant at) {
        return new ReferralWithdrawn(referralId, PROVIDER, WithdrawalReason.NO_LONGER_NEEDED, at, "op-0173");
    }

    static ReferralConsentWithdrawn consentWithdrawn(UUID referralId, Instant at) {
        return new ReferralConsentWithdrawn(referralId, PROVIDER, at, "op-0173");
    }

    static ReferralOverdue overdue(UUID referralId, Instant at) {
        return new ReferralOverdue(referralId, PROVIDER, LocalDate.ofInstant(at, ZoneOffset.UTC), at);
    }

    static DeskReferralSent deskSent(UUID deskReferralId, String districtId, Instant at) {
        return new DeskReferralSent(deskReferralId, UUID.randomUUID(), "caritas-cologno", "cologno-centro", districtId,
                UserArea.POVERTY_AND_ADULT_HARDSHIP, List.of(NeedCategory.INCOME), at, "desk-1");
    }

    static DeskReferralAcknowledged deskAcknowledged(UUID deskReferralId, String districtId, Instant at) {
        return new DeskReferralAcknowledged(deskReferralId, "cologno-centro", districtId, at, "op-0411");
    }
}
