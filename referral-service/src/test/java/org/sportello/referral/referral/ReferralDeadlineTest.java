package org.sportello.referral.referral;

import static org.sportello.referral.referral.ReferralFixture.*;

import java.time.Duration;
import java.time.Instant;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.axonframework.test.aggregate.TestExecutor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sportello.referral.calendar.ItalianWorkingDays;
import org.sportello.referral.known.InMemoryKnownCases;
import org.sportello.referral.known.InMemoryKnownOffices;
import org.sportello.referral.known.KnownOffice;
import org.sportello.referral.provider.InMemoryProviderDirectory;

/**
 * The deadline check's verdict, by the fixture's clock: the check runs at the fixture's current
 * time, moved before, to and past the instant the deadline passes (the start of the day after
 * {@code dueBy}, in Rome).
 */
class ReferralDeadlineTest {

    private FixtureConfiguration<Referral> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Referral.class);
        fixture.registerAnnotatedCommandHandler(new ReferralLifecycle(fixture.getRepository()));
        fixture.registerAnnotatedCommandHandler(new ReferralSending(fixture.getRepository(),
                new InMemoryKnownCases().add(OPEN_CASE), new InMemoryKnownOffices().district("est-milano")
                        .municipality("pioltello", "est-milano")
                        .office(OFFICE, "pioltello", KnownOffice.OfficeKind.SECRETARIAT),
                new InMemoryProviderDirectory().add(SERD), new ItalianWorkingDays(),
                new ReferralSettings(BACKDATING_LIMIT)));
    }

    /** The check as the job sends it: at the time the run is due, here the fixture's clock. */
    private static MarkReferralOverdue checkAt(TestExecutor<Referral> executor) {
        return new MarkReferralOverdue(REFERRAL, executor.currentTime());
    }

    @Test
    void referralIsNotOverdueOnItsLastDay() {
        TestExecutor<Referral> lastMinute = fixture.given(sent()).andGivenCurrentTime(DEADLINE_PASSES.minusSeconds(1));
        lastMinute.when(checkAt(lastMinute))
                  .expectSuccessfulHandlerExecution()
                  .expectNoEvents();
    }

    @Test
    void referralIsOverdueTheMomentItsLastDayIsOver() {
        TestExecutor<Referral> midnight = fixture.given(sent()).andGivenCurrentTime(DEADLINE_PASSES);
        midnight.when(checkAt(midnight))
                .expectEvents(new ReferralOverdue(REFERRAL, PROVIDER, DUE_BY, DEADLINE_PASSES));
    }

    @Test
    void referralFoundLaterIsOverdueFromWhenTheCheckFoundIt() {
        Instant monday = Instant.parse("2026-01-19T08:00:00Z");
        TestExecutor<Referral> later = fixture.given(sent()).andGivenCurrentTime(monday);
        later.when(checkAt(later))
             .expectEvents(new ReferralOverdue(REFERRAL, PROVIDER, DUE_BY, monday));
    }

    @Test
    void answeredReferralIsNeverOverdue() {
        TestExecutor<Referral> later = fixture.given(sent(), accepted()).andGivenCurrentTime(DEADLINE_PASSES.plusSeconds(60));
        later.when(checkAt(later))
             .expectSuccessfulHandlerExecution()
             .expectNoEvents();
    }

    @Test
    void referralIsOverdueOnce() {
        TestExecutor<Referral> again = fixture.given(sent(), overdue()).andGivenCurrentTime(DEADLINE_PASSES.plusSeconds(60));
        again.when(checkAt(again))
             .expectSuccessfulHandlerExecution()
             .expectNoEvents();
    }

    @Test
    void withdrawnReferralIsNeverOverdue() {
        TestExecutor<Referral> later = fixture.given(sent(), withdrawn()).andGivenCurrentTime(DEADLINE_PASSES.plusSeconds(60));
        later.when(checkAt(later))
             .expectSuccessfulHandlerExecution()
             .expectNoEvents();
    }

    @Test
    void referralRecordedAfterItsDeadlineIsOverdueAtTheFirstCheck() {
        Instant typedIn = DEADLINE_PASSES.plus(Duration.ofDays(14));
        TestExecutor<Referral> check = fixture.givenCommands(
                sendRecordedLate(SENT_AT, typedIn, signedByCitizen(ShareScope.NEEDS))).andGivenCurrentTime(typedIn);
        check.when(checkAt(check))
             .expectEvents(new ReferralOverdue(REFERRAL, PROVIDER, DUE_BY, typedIn));
    }
}
