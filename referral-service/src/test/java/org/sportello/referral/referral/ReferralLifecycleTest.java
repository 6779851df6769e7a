package org.sportello.referral.referral;

import static org.sportello.referral.referral.ReferralFixture.*;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A referral's answers and endings, each allowed only from the states the lifecycle names. */
class ReferralLifecycleTest {

    private FixtureConfiguration<Referral> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Referral.class);
        fixture.registerAnnotatedCommandHandler(new ReferralLifecycle(fixture.getRepository()));
    }

    @Test
    void providerAcceptsThroughTheApiWithoutSayingSo() {
        fixture.given(sent())
               .when(new AcceptReferral(REFERRAL, AnsweredBy.PROVIDER, null, LATER))
               .expectEvents(new ReferralAccepted(REFERRAL, PROVIDER, AnswerSource.API, LATER));
    }

    @Test
    void operatorRecordsAnAnswerGivenByPhone() {
        fixture.given(sent())
               .when(new AcceptReferral(REFERRAL, AnsweredBy.OFFICE, AnswerSource.PHONE, LATER))
               .expectEvents(new ReferralAccepted(REFERRAL, PROVIDER, AnswerSource.PHONE, LATER));
    }

    @Test
    void operatorCannotRecordAnAnswerAsTheProvidersOwn() {
        fixture.given(sent())
               .when(new AcceptReferral(REFERRAL, AnsweredBy.OFFICE, AnswerSource.API, LATER))
               .expectNoEvents()
               .expectException(InvalidAnswerSource.class);
    }

    @Test
    void operatorMustSayHowTheAnswerCame() {
        fixture.given(sent())
               .when(new RejectReferral(REFERRAL, AnsweredBy.OFFICE, RejectionReason.NO_CAPACITY, null, LATER))
               .expectNoEvents()
               .expectException(InvalidAnswerSource.class);
    }

    @Test
    void providerAnsweringItselfCannotClaimAPhoneCall() {
        fixture.given(sent())
               .when(new AcceptReferral(REFERRAL, AnsweredBy.PROVIDER, AnswerSource.EMAIL, LATER))
               .expectNoEvents()
               .expectException(InvalidAnswerSource.class);
    }

    @Test
    void overdueReferralMayStillBeAccepted() {
        fixture.given(sent(), overdue())
               .when(new AcceptReferral(REFERRAL, AnsweredBy.OFFICE, AnswerSource.EMAIL, LATER))
               .expectEvents(new ReferralAccepted(REFERRAL, PROVIDER, AnswerSource.EMAIL, LATER));
    }

    @Test
    void providerRejectsWithACodedReason() {
        fixture.given(sent())
               .when(new RejectReferral(REFERRAL, AnsweredBy.PROVIDER, RejectionReason.NO_CAPACITY, null, LATER))
               .expectEvents(rejected());
    }

    @Test
    void overdueReferralMayStillBeRejected() {
        fixture.given(sent(), overdue())
               .when(new RejectReferral(REFERRAL, AnsweredBy.PROVIDER, RejectionReason.NO_CAPACITY, null, LATER))
               .expectEvents(rejected());
    }

    @Test
    void answeredReferralIsNotAnsweredAgain() {
        fixture.given(sent(), accepted())
               .when(new RejectReferral(REFERRAL, AnsweredBy.PROVIDER, RejectionReason.NO_CAPACITY, null, LATER))
               .expectNoEvents()
               .expectException(TransitionNotAllowed.class);
    }

    @Test
    void acceptedReferralIsNotAcceptedTwice() {
        fixture.given(sent(), accepted())
               .when(new AcceptReferral(REFERRAL, AnsweredBy.PROVIDER, null, LATER))
               .expectNoEvents()
               .expectException(TransitionNotAllowed.class);
    }

    @Test
    void rejectedReferralIsNotAccepted() {
        fixture.given(sent(), rejected())
               .when(new AcceptReferral(REFERRAL, AnsweredBy.PROVIDER, null, LATER))
               .expectNoEvents()
               .expectException(TransitionNotAllowed.class);
    }

    @Test
    void acceptedReferralIsCompletedWithAnOutcome() {
        fixture.given(sent(), accepted())
               .when(new CompleteReferral(REFERRAL, ReferralOutcome.SERVICE_STARTED, LATER.plusSeconds(3600)))
               .expectEvents(completed());
    }

    @Test
    void referralNotAcceptedCannotBeCompleted() {
        fixture.given(sent())
               .when(new CompleteReferral(REFERRAL, ReferralOutcome.SERVICE_STARTED, LATER))
               .expectNoEvents()
               .expectException(TransitionNotAllowed.class);
    }

    @Test
    void completedReferralIsNotCompletedAgain() {
        fixture.given(sent(), accepted(), completed())
               .when(new CompleteReferral(REFERRAL, ReferralOutcome.OTHER, LATER.plusSeconds(7200)))
               .expectNoEvents()
               .expectException(TransitionNotAllowed.class);
    }

    @Test
    void officeWithdrawsAWaitingReferral() {
        fixture.given(sent())
               .when(new WithdrawReferral(REFERRAL, WithdrawalReason.NO_LONGER_NEEDED, LATER))
               .expectEvents(withdrawn());
    }

    @Test
    void officeWithdrawsAnAcceptedReferral() {
        fixture.given(sent(), accepted())
               .when(new WithdrawReferral(REFERRAL, WithdrawalReason.NO_LONGER_NEEDED, LATER))
               .expectEvents(withdrawn());
    }

    @Test
    void completedReferralCannotBeWithdrawn() {
        fixture.given(sent(), accepted(), completed())
               .when(new WithdrawReferral(REFERRAL, WithdrawalReason.SENT_IN_ERROR, LATER))
               .expectNoEvents()
               .expectException(TransitionNotAllowed.class);
    }

    @Test
    void withdrawnReferralIsNotWithdrawnAgain() {
        fixture.given(sent(), withdrawn())
               .when(new WithdrawReferral(REFERRAL, WithdrawalReason.OTHER, LATER))
               .expectNoEvents()
               .expectException(TransitionNotAllowed.class);
    }

    @Test
    void consentWithdrawalStopsTheReferral() {
        fixture.given(sent(), overdue())
               .when(new RecordConsentWithdrawal(REFERRAL, LATER, LATER))
               .expectEvents(consentWithdrawn());
    }

    @Test
    void consentWithdrawalStopsAnAcceptedReferral() {
        fixture.given(sent(), accepted())
               .when(new RecordConsentWithdrawal(REFERRAL, LATER, LATER))
               .expectEvents(consentWithdrawn());
    }

    @Test
    void nothingIsAnsweredOnceConsentIsWithdrawn() {
        fixture.given(sent(), consentWithdrawn())
               .when(new AcceptReferral(REFERRAL, AnsweredBy.PROVIDER, null, LATER))
               .expectNoEvents()
               .expectException(TransitionNotAllowed.class);
    }

    @Test
    void rejectedReferralHasNoConsentLeftToWithdraw() {
        fixture.given(sent(), rejected())
               .when(new RecordConsentWithdrawal(REFERRAL, LATER, LATER))
               .expectNoEvents()
               .expectException(TransitionNotAllowed.class);
    }

    @Test
    void consentWithdrawnInTheFutureIsRefused() {
        fixture.given(sent())
               .when(new RecordConsentWithdrawal(REFERRAL, LATER.plusSeconds(3600), LATER))
               .expectNoEvents()
               .expectException(TimeInFuture.class);
    }

    @Test
    void consentWithdrawnBeforeTheReferralWasSentIsRefused() {
        fixture.given(sent())
               .when(new RecordConsentWithdrawal(REFERRAL, SENT_AT.minusSeconds(60), LATER))
               .expectNoEvents()
               .expectException(TimeOutOfOrder.class);
    }
}
