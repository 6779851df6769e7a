package org.sportello.referral.referral;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.sportello.platform.personaldata.Personal;
import org.sportello.platform.personaldata.SubjectId;
import org.sportello.referral.known.KnownCase;
import org.sportello.referral.provider.ContactChannel;
import org.sportello.referral.provider.RegisteredProvider;
import org.sportello.referral.provider.ServiceType;
import org.sportello.referral.need.NeedCategory;
import org.sportello.referral.need.UserArea;

/** A referral of Marta's case at Pioltello to the SerD of Est Milano, and the facts around it. */
final class ReferralFixture {

    static final ReferralId REFERRAL = new ReferralId(UUID.fromString("6f1c1f0e-9a7b-4d2e-8f0a-1b2c3d4e5f60"));
    static final UUID CASE = UUID.fromString("0c6e5d4c-3b2a-4190-8f7e-6d5c4b3a2910");
    static final UUID CITIZEN = UUID.fromString("a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d");
    static final SubjectId SUBJECT = SubjectId.of(CITIZEN);
    static final String OFFICE = "pioltello-centro";
    static final String PROVIDER = "serd-est-milano";
    /** A Friday, 10:00 in Rome. */
    static final Instant SENT_AT = Instant.parse("2026-01-09T09:00:00Z");
    /** Five working days from a Friday, with no holiday between: the next Friday. */
    static final LocalDate DUE_BY = LocalDate.of(2026, 1, 16);
    /** The start of the Saturday after, in Rome. */
    static final Instant DEADLINE_PASSES = Instant.parse("2026-01-16T23:00:00Z");
    static final Instant LATER = Instant.parse("2026-01-12T10:00:00Z");
    /** The service's default: a year of history and some. */
    static final Duration BACKDATING_LIMIT = Duration.ofDays(400);

    static final KnownCase OPEN_CASE = new KnownCase(CASE, CITIZEN, OFFICE, false);
    static final RegisteredProvider SERD = new RegisteredProvider(PROVIDER, "SerD Est Milano", ServiceType.ADDICTIONS,
            "est-milano", List.of(), ContactChannel.API, 5);

    static final ReferralReason REASON = new ReferralReason(UserArea.ADDICTIONS,
            List.of(NeedCategory.HEALTH, NeedCategory.WORK));

    private ReferralFixture() {
    }

    static Personal<String> personal(String text) {
        return Personal.of(SUBJECT, text);
    }

    static Consent signedByCitizen(ShareScope... scope) {
        return new Consent(ConsentGivenBy.CITIZEN, SENT_AT.minusSeconds(600), ConsentForm.SIGNED, null, null,
                List.of(scope));
    }

    static Consent verbal(Personal<String> witness) {
        return new Consent(ConsentGivenBy.CITIZEN, SENT_AT.minusSeconds(600), ConsentForm.VERBAL_WITH_WITNESS,
                witness, null, List.of(ShareScope.NEEDS));
    }

    static Consent byGuardian(Personal<String> guardian) {
        return new Consent(ConsentGivenBy.LEGAL_GUARDIAN, SENT_AT.minusSeconds(600), ConsentForm.SIGNED, null,
                guardian, List.of(ShareScope.NEEDS));
    }

    static SendReferral send(Consent consent) {
        return send(consent, null, null);
    }

    static SendReferral send(Consent consent, Personal<String> sharedContact, Personal<String> caseSummary) {
        return new SendReferral(REFERRAL, CASE, CITIZEN, PROVIDER, OFFICE, REASON, consent, sharedContact,
                caseSummary, SENT_AT, SENT_AT);
    }

    /** Recorded at {@code now}, as sent at {@code sentAt} (on paper during an outage, or history). */
    static SendReferral sendRecordedLate(Instant sentAt, Instant now, Consent consent) {
        return new SendReferral(REFERRAL, CASE, CITIZEN, PROVIDER, OFFICE, REASON, consent, null, null, sentAt, now);
    }

    static ReferralSent sent() {
        return sent(signedByCitizen(ShareScope.NEEDS), null, null);
    }

    static ReferralSent sent(Consent consent, Personal<String> sharedContact, Personal<String> caseSummary) {
        return new ReferralSent(REFERRAL, CASE, CITIZEN, PROVIDER, ServiceType.ADDICTIONS, OFFICE, REASON, consent,
                sharedContact, caseSummary, SENT_AT, DUE_BY, DEADLINE_PASSES);
    }

    static ReferralOverdue overdue() {
        return new ReferralOverdue(REFERRAL, PROVIDER, DUE_BY, DEADLINE_PASSES);
    }

    static ReferralAccepted accepted() {
        return new ReferralAccepted(REFERRAL, PROVIDER, AnswerSource.API, LATER);
    }

    static ReferralRejected rejected() {
        return new ReferralRejected(REFERRAL, PROVIDER, RejectionReason.NO_CAPACITY, AnswerSource.API, LATER);
    }

    static ReferralCompleted completed() {
        return new ReferralCompleted(REFERRAL, PROVIDER, ReferralOutcome.SERVICE_STARTED, LATER.plusSeconds(3600));
    }

    static ReferralWithdrawn withdrawn() {
        return new ReferralWithdrawn(REFERRAL, PROVIDER, WithdrawalReason.NO_LONGER_NEEDED, LATER);
    }

    static ReferralConsentWithdrawn consentWithdrawn() {
        return new ReferralConsentWithdrawn(REFERRAL, PROVIDER, LATER);
    }
}
