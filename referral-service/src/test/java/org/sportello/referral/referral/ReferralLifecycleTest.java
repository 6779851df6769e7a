package org.sportello.referral.referral;

import static org.sportello.referral.referral.ReferralFixture.*;

import java.time.Duration;
import java.time.Instant;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sportello.platform.time.TimeOutOfOrder;
import org.sportello.platform.time.TimeInFuture;

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
               .when(new AcceptReferral(REFERRAL, AnsweredBy.PROVIDER, null, LATER, LATER))
               .expectEvents(new ReferralAccepted(REFERRAL, PROVIDER, AnswerSource.API, LATER));
    }

    @Test
    void operatorRecordsAnAnswerGivenByPhone() {
        fixture.given(sent())
               .when(new AcceptReferral(REFERRAL, AnsweredBy.OFFICE, AnswerSource.PHONE, LATER, LATER))
               .expectEvents(new ReferralAccepted(REFERRAL, PROVIDER, AnswerSource.PHONE, LATER));
    }

    @Test
    void operatorCannotRecordAnAnswerAsTheProvidersOwn() {
        fixture.given(sent())
               .when(new AcceptReferral(REFERRAL, AnsweredBy.OFFICE, AnswerSource.API, LATER, LATER))
               .expectNoEvents()
               .expectException(InvalidAnswerSource.class);
    }

    @Test
    void operatorMustSayHowTheAnswerCame() {
        fixture.given(sent())
               .when(new RejectReferral(REFERRAL, AnsweredBy.OFFICE, RejectionReason.NO_CAPACITY, null, LATER, LATER))
               .expectNoEvents()
               .expectException(InvalidAnswerSource.class);
    }

    @Test
    void providerAnsweringItselfCannotClaimAPhoneCall() {
        fixture.given(sent())
               .when(new AcceptReferral(REFERRAL, AnsweredBy.PROVIDER, AnswerSource.EMAIL, LATER, LATER))
               .expectNoEvents()
               .expectException(InvalidAnswerSource.class);
    }

    @Test
    void overdueReferralMayStillBeAccepted() {
        fixture.given(sent(), overdue())
               .when(new AcceptReferral(REFERRAL, AnsweredBy.OFFICE, AnswerSource.EMAIL, LATER, LATER))
               .expectEvents(new ReferralAccepted(REFERRAL, PROVIDER, AnswerSource.EMAIL, LATER));
    }

    @Test
    void providerRejectsWithACodedReason() {
        fixture.given(sent())
               .when(new RejectReferral(REFERRAL, AnsweredBy.PROVIDER, RejectionReason.NO_CAPACITY, null, LATER, LATER))
               .expectEvents(rejected());
    }

    @Test
    void overdueReferralMayStillBeRejected() {
        fixture.given(sent(), overdue())
               .when(new RejectReferral(REFERRAL, AnsweredBy.PROVIDER, RejectionReason.NO_CAPACITY, null, LATER, LATER))
               .expectEvents(rejected());
    }

    @Test
    void answeredReferralIsNotAnsweredAgain() {
        fixture.given(sent(), accepted())
               .when(new RejectReferral(REFERRAL, AnsweredBy.PROVIDER, RejectionReason.NO_CAPACITY, null, LATER, LATER))
               .expectNoEvents()
               .expectException(TransitionNotAllowed.class);
    }

    @Test
    void acceptedReferralIsNotAcceptedTwice() {
        fixture.given(sent(), accepted())
               .when(new AcceptReferral(REFERRAL, AnsweredBy.PROVIDER, null, LATER, LATER))
               .expectNoEvents()
               .expectException(TransitionNotAllowed.class);
    }

    @Test
    void rejectedReferralIsNotAccepted() {
        fixture.given(sent(), rejected())
               .when(new AcceptReferral(REFERRAL, AnsweredBy.PROVIDER, null, LATER, LATER))
               .expectNoEvents()
               .expectException(TransitionNotAllowed.class);
    }

    @Test
    void acceptedReferralIsCompletedWithAnOutcome() {
        fixture.given(sent(), accepted())
               .when(new CompleteReferral(REFERRAL, ReferralOutcome.SERVICE_STARTED, LATER.plusSeconds(3600),
                       LATER.plusSeconds(3600)))
               .expectEvents(completed());
    }

    @Test
    void referralNotAcceptedCannotBeCompleted() {
        fixture.given(sent())
               .when(new CompleteReferral(REFERRAL, ReferralOutcome.SERVICE_STARTED, LATER, LATER))
               .expectNoEvents()
               .expectException(TransitionNotAllowed.class);
    }

    @Test
    void completedReferralIsNotCompletedAgain() {
        fixture.given(sent(), accepted(), completed())
               .when(new CompleteReferral(REFERRAL, ReferralOutcome.OTHER, LATER.plusSeconds(7200), LATER.plusSeconds(7200)))
               .expectNoEvents()
               .expectException(TransitionNotAllowed.class);
    }

    @Test
    void officeWithdrawsAWaitingReferral() {
        fixture.given(sent())
               .when(new WithdrawReferral(REFERRAL, WithdrawalReason.NO_LONGER_NEEDED, LATER, LATER))
               .expectEvents(withdrawn());
    }

    @Test
    void officeWithdrawsAnAcceptedReferral() {
        fixture.given(sent(), accepted())
               .when(new WithdrawReferral(REFERRAL, WithdrawalReason.NO_LONGER_NEEDED, LATER, LATER))
               .expectEvents(withdrawn());
    }

    @Test
    void completedReferralCannotBeWithdrawn() {
        fixture.given(sent(), accepted(), completed())
               .when(new WithdrawReferral(REFERRAL, WithdrawalReason.SENT_IN_ERROR, LATER, LATER))
               .expectNoEvents()
               .expectException(TransitionNotAllowed.class);
    }

    @Test
    void withdrawnReferralIsNotWithdrawnAgain() {
        fixture.given(sent(), withdrawn())
               .when(new WithdrawReferral(REFERRAL, WithdrawalReason.OTHER, LATER, LATER))
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
               .when(new AcceptReferral(REFERRAL, AnsweredBy.PROVIDER, null, LATER, LATER))
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

    /** A week after {@link ReferralFixture#LATER}: when answers given earlier are typed in. */
    private static final Instant TYPED_IN = LATER.plus(Duration.ofDays(7));

    @Test
    void answerRecordedAfterTheFactKeepsWhenItWasGiven() {
        fixture.given(sent())
               .when(new AcceptReferral(REFERRAL, AnsweredBy.OFFICE, AnswerSource.PHONE, LATER, TYPED_IN))
               .expectEvents(new ReferralAccepted(REFERRAL, PROVIDER, AnswerSource.PHONE, LATER));
    }

    @Test
    void lateAnswerToAnOverdueReferralKeepsWhenItWasGiven() {
        fixture.given(sent(), overdue())
               .when(new RejectReferral(REFERRAL, AnsweredBy.OFFICE, RejectionReason.NO_CAPACITY, AnswerSource.EMAIL,
                       LATER, TYPED_IN))
               .expectEvents(new ReferralRejected(REFERRAL, PROVIDER, RejectionReason.NO_CAPACITY, AnswerSource.EMAIL,
                       LATER));
    }

    @Test
    void answerBeforeTheReferralWasSentIsRefused() {
        fixture.given(sent())
               .when(new AcceptReferral(REFERRAL, AnsweredBy.OFFICE, AnswerSource.PHONE, SENT_AT.minusSeconds(60),
                       TYPED_IN))
               .expectNoEvents()
               .expectException(TimeOutOfOrder.class);
    }

    @Test
    void rejectionBeforeTheReferralWasSentIsRefused() {
        fixture.given(sent())
               .when(new RejectReferral(REFERRAL, AnsweredBy.PROVIDER, RejectionReason.NOT_COMPETENT, null,
                       SENT_AT.minusSeconds(60), LATER))
               .expectNoEvents()
               .expectException(TimeOutOfOrder.class);
    }

    @Test
    void answerInTheFutureIsRefused() {
        fixture.given(sent())
               .when(new AcceptReferral(REFERRAL, AnsweredBy.OFFICE, AnswerSource.PHONE, LATER.plusSeconds(3600), LATER))
               .expectNoEvents()
               .expectException(TimeInFuture.class);
    }

    @Test
    void answerWithinTheClockToleranceIsTakenAsGiven() {
        fixture.given(sent())
               .when(new AcceptReferral(REFERRAL, AnsweredBy.PROVIDER, null, LATER.plusSeconds(120), LATER))
               .expectEvents(new ReferralAccepted(REFERRAL, PROVIDER, AnswerSource.API, LATER.plusSeconds(120)));
    }

    @Test
    void completionRecordedAfterTheFactKeepsWhenItEnded() {
        fixture.given(sent(), accepted())
               .when(new CompleteReferral(REFERRAL, ReferralOutcome.SERVICE_STARTED, LATER.plusSeconds(3600), TYPED_IN))
               .expectEvents(completed());
    }

    @Test
    void completionBeforeTheAcceptanceIsRefused() {
        fixture.given(sent(), accepted())
               .when(new CompleteReferral(REFERRAL, ReferralOutcome.SERVICE_STARTED, LATER.minusSeconds(60), TYPED_IN))
               .expectNoEvents()
               .expectException(TimeOutOfOrder.class);
    }

    @Test
    void completionInTheFutureIsRefused() {
        fixture.given(sent(), accepted())
               .when(new CompleteReferral(REFERRAL, ReferralOutcome.SERVICE_STARTED, TYPED_IN.plusSeconds(3600), TYPED_IN))
               .expectNoEvents()
               .expectException(TimeInFuture.class);
    }

    @Test
    void withdrawalRecordedAfterTheFactKeepsWhenItWasWithdrawn() {
        fixture.given(sent())
               .when(new WithdrawReferral(REFERRAL, WithdrawalReason.NO_LONGER_NEEDED, LATER, TYPED_IN))
               .expectEvents(withdrawn());
    }

    @Test
    void withdrawalBeforeTheReferralWasSentIsRefused() {
        fixture.given(sent())
               .when(new WithdrawReferral(REFERRAL, WithdrawalReason.SENT_IN_ERROR, SENT_AT.minusSeconds(60), LATER))
               .expectNoEvents()
               .expectException(TimeOutOfOrder.class);
    }

    @Test
    void withdrawalOfAnAcceptedReferralBeforeItsAcceptanceIsRefused() {
        fixture.given(sent(), accepted())
               .when(new WithdrawReferral(REFERRAL, WithdrawalReason.NO_LONGER_NEEDED, LATER.minusSeconds(60), TYPED_IN))
               .expectNoEvents()
               .expectException(TimeOutOfOrder.class);
    }

    @Test
    void withdrawalInTheFutureIsRefused() {
        fixture.given(sent())
               .when(new WithdrawReferral(REFERRAL, WithdrawalReason.NO_LONGER_NEEDED, LATER.plusSeconds(3600), LATER))
               .expectNoEvents()
               .expectException(TimeInFuture.class);
    }
}
