package org.sportello.referral.referral;

import static org.sportello.referral.referral.ReferralFixture.*;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sportello.referral.calendar.ItalianWorkingDays;
import org.sportello.referral.known.InMemoryKnownCases;
import org.sportello.referral.known.InMemoryKnownOffices;
import org.sportello.referral.known.KnownCase;
import org.sportello.referral.known.KnownOffice;
import org.sportello.referral.provider.InMemoryProviderDirectory;
import org.sportello.platform.time.BackdatedTooFar;
import org.sportello.platform.time.TimeOutOfOrder;
import org.sportello.platform.time.TimeInFuture;

/** Sending a referral: from a known case and office, to a registered provider, resting on consent. */
class SendingReferralTest {

    private final InMemoryKnownCases cases = new InMemoryKnownCases().add(OPEN_CASE);
    private final InMemoryKnownOffices offices = new InMemoryKnownOffices().district("est-milano")
            .municipality("pioltello", "est-milano").office(OFFICE, "pioltello", KnownOffice.OfficeKind.SECRETARIAT);
    private final InMemoryProviderDirectory providers = new InMemoryProviderDirectory().add(SERD);
    private FixtureConfiguration<Referral> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Referral.class);
        fixture.registerAnnotatedCommandHandler(new ReferralSending(fixture.getRepository(), cases, offices, providers,
                new ItalianWorkingDays(), new ReferralSettings(BACKDATING_LIMIT)));
    }

    @Test
    void referralWithConsentIsSentWithItsDeadlineInWorkingDays() {
        fixture.givenNoPriorActivity()
               .when(send(signedByCitizen(ShareScope.NEEDS)))
               .expectSuccessfulHandlerExecution()
               .expectResultMessagePayload(REFERRAL)
               .expectEvents(sent());
    }

    @Test
    void sharedDetailsWithinTheScopeAreKeptAsPersonalData() {
        Consent consent = signedByCitizen(ShareScope.NEEDS, ShareScope.CONTACT_DETAILS, ShareScope.CASE_SUMMARY);
        fixture.givenNoPriorActivity()
               .when(send(consent, personal("347 1234567, afternoons"), personal("Lost her job in March.")))
               .expectEvents(sent(consent, personal("347 1234567, afternoons"), personal("Lost her job in March.")));
    }

    @Test
    void verbalConsentKeepsItsWitness() {
        fixture.givenNoPriorActivity()
               .when(send(verbal(personal("Giulia Neri"))))
               .expectEvents(sent(verbal(personal("Giulia Neri")), null, null));
    }

    @Test
    void guardiansConsentKeepsTheGuardian() {
        fixture.givenNoPriorActivity()
               .when(send(byGuardian(personal("Paolo Verdi"))))
               .expectEvents(sent(byGuardian(personal("Paolo Verdi")), null, null));
    }

    @Test
    void referralWithoutConsentIsRefused() {
        fixture.givenNoPriorActivity()
               .when(send(null))
               .expectNoEvents()
               .expectException(ConsentRequired.class);
    }

    @Test
    void consentGivenInTheFutureIsRefused() {
        Consent consent = new Consent(ConsentGivenBy.CITIZEN, SENT_AT.plusSeconds(3600), ConsentForm.SIGNED, null,
                null, List.of(ShareScope.NEEDS));
        fixture.givenNoPriorActivity()
               .when(send(consent))
               .expectNoEvents()
               .expectException(TimeInFuture.class);
    }

    @Test
    void verbalConsentWithoutWitnessIsRefused() {
        fixture.givenNoPriorActivity()
               .when(send(verbal(null)))
               .expectNoEvents()
               .expectException(InvalidConsent.class);
    }

    @Test
    void witnessOfASignedConsentIsNotKept() {
        Consent consent = new Consent(ConsentGivenBy.CITIZEN, SENT_AT, ConsentForm.SIGNED, personal("Giulia Neri"),
                null, List.of(ShareScope.NEEDS));
        fixture.givenNoPriorActivity()
               .when(send(consent))
               .expectNoEvents()
               .expectException(InvalidConsent.class);
    }

    @Test
    void guardiansConsentWithoutGuardianIsRefused() {
        fixture.givenNoPriorActivity()
               .when(send(byGuardian(null)))
               .expectNoEvents()
               .expectException(InvalidConsent.class);
    }

    @Test
    void contactOutsideTheShareScopeIsRefused() {
        fixture.givenNoPriorActivity()
               .when(send(signedByCitizen(ShareScope.NEEDS), personal("347 1234567"), null))
               .expectNoEvents()
               .expectException(OutsideShareScope.class);
    }

    @Test
    void caseSummaryOutsideTheShareScopeIsRefused() {
        fixture.givenNoPriorActivity()
               .when(send(signedByCitizen(ShareScope.CONTACT_DETAILS), null, personal("Lost her job.")))
               .expectNoEvents()
               .expectException(OutsideShareScope.class);
    }

    @Test
    void caseIntakeHasNotPublishedIsRefused() {
        fixture.givenNoPriorActivity()
               .when(new SendReferral(REFERRAL, UUID.randomUUID(), CITIZEN, PROVIDER, OFFICE, REASON,
                       signedByCitizen(ShareScope.NEEDS), null, null, SENT_AT, SENT_AT))
               .expectNoEvents()
               .expectException(UnknownCase.class);
    }

    @Test
    void citizenWhoseCaseItIsNotIsRefused() {
        fixture.givenNoPriorActivity()
               .when(new SendReferral(REFERRAL, CASE, UUID.randomUUID(), PROVIDER, OFFICE, REASON,
                       signedByCitizen(ShareScope.NEEDS), null, null, SENT_AT, SENT_AT))
               .expectNoEvents()
               .expectException(CitizenNotOfCase.class);
    }

    @Test
    void closedCaseIsAConflict() {
        cases.add(new KnownCase(CASE, CITIZEN, OFFICE, true));

        fixture.givenNoPriorActivity()
               .when(send(signedByCitizen(ShareScope.NEEDS)))
               .expectNoEvents()
               .expectException(CaseClosed.class);
    }

    @Test
    void unregisteredProviderIsRefused() {
        fixture.givenNoPriorActivity()
               .when(new SendReferral(REFERRAL, CASE, CITIZEN, "cps-atlantide", OFFICE, REASON,
                       signedByCitizen(ShareScope.NEEDS), null, null, SENT_AT, SENT_AT))
               .expectNoEvents()
               .expectException(UnknownProvider.class);
    }

    @Test
    void officeSchedulingHasNotPublishedIsRefused() {
        fixture.givenNoPriorActivity()
               .when(new SendReferral(REFERRAL, CASE, CITIZEN, PROVIDER, "atlantide", REASON,
                       signedByCitizen(ShareScope.NEEDS), null, null, SENT_AT, SENT_AT))
               .expectNoEvents()
               .expectException(UnknownOffice.class);
    }

    @Test
    void referralRecordedAfterTheFactCountsItsDeadlineFromWhenItWasSent() {
        fixture.givenNoPriorActivity()
               .when(sendRecordedLate(SENT_AT, SENT_AT.plus(Duration.ofDays(30)), signedByCitizen(ShareScope.NEEDS)))
               .expectEvents(sent());
    }

    @Test
    void referralSentInTheFutureIsRefused() {
        fixture.givenNoPriorActivity()
               .when(sendRecordedLate(SENT_AT.plusSeconds(3600), SENT_AT, signedByCitizen(ShareScope.NEEDS)))
               .expectNoEvents()
               .expectException(TimeInFuture.class);
    }

    @Test
    void referralAsOldAsTheBackdatingLimitIsSent() {
        fixture.givenNoPriorActivity()
               .when(sendRecordedLate(SENT_AT, SENT_AT.plus(BACKDATING_LIMIT), signedByCitizen(ShareScope.NEEDS)))
               .expectEvents(sent());
    }

    @Test
    void referralOlderThanTheBackdatingLimitIsRefused() {
        fixture.givenNoPriorActivity()
               .when(sendRecordedLate(SENT_AT, SENT_AT.plus(BACKDATING_LIMIT).plusSeconds(1),
                       signedByCitizen(ShareScope.NEEDS)))
               .expectNoEvents()
               .expectException(BackdatedTooFar.class);
    }

    @Test
    void consentGivenAfterTheReferralWasSentIsRefused() {
        Consent consent = new Consent(ConsentGivenBy.CITIZEN, SENT_AT.plus(Duration.ofDays(1)), ConsentForm.SIGNED,
                null, null, List.of(ShareScope.NEEDS));
        fixture.givenNoPriorActivity()
               .when(sendRecordedLate(SENT_AT, LATER, consent))
               .expectNoEvents()
               .expectException(TimeOutOfOrder.class);
    }

    @Test
    void consentTimedByADriftingClockJustAfterSendingIsKept() {
        Consent consent = new Consent(ConsentGivenBy.CITIZEN, SENT_AT.plusSeconds(120), ConsentForm.SIGNED,
                null, null, List.of(ShareScope.NEEDS));
        fixture.givenNoPriorActivity()
               .when(send(consent))
               .expectEvents(sent(consent, null, null));
    }
}
