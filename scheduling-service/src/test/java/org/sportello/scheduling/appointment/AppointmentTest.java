package org.sportello.scheduling.appointment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sportello.scheduling.appointment.AppointmentFixture.APPOINTMENT_ID;
import static org.sportello.scheduling.appointment.AppointmentFixture.CITIZEN_ID;
import static org.sportello.scheduling.appointment.AppointmentFixture.LATER_START;
import static org.sportello.scheduling.appointment.AppointmentFixture.MASSA;
import static org.sportello.scheduling.appointment.AppointmentFixture.REQUESTED_AT;
import static org.sportello.scheduling.appointment.AppointmentFixture.REQUEST_ID;
import static org.sportello.scheduling.appointment.AppointmentFixture.SOCIAL_WORKER;
import static org.sportello.scheduling.appointment.AppointmentFixture.START;
import static org.sportello.scheduling.appointment.AppointmentFixture.booked;
import static org.sportello.scheduling.appointment.AppointmentFixture.callbackPhoneErased;
import static org.sportello.scheduling.appointment.AppointmentFixture.slot;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sportello.platform.personaldata.Personal;
import org.sportello.scheduling.operator.OperatorId;
import org.sportello.scheduling.operator.OperatorRole;
import org.sportello.scheduling.time.TimeWindow;
import org.sportello.platform.time.TimeOutOfOrder;
import org.sportello.platform.time.TimeInFuture;

class AppointmentTest {

    /** Sunday 22 March 2026, 12:00 in Massa: the day before the interview. */
    private static final Instant DAY_BEFORE = Instant.parse("2026-03-22T11:00:00Z");
    /** Monday 23 March 2026, 00:30 in Massa (still Sunday in UTC): the interview's day. */
    private static final Instant DAY_OF = Instant.parse("2026-03-22T23:30:00Z");

    private final InMemoryBookedTime booked = new InMemoryBookedTime();
    private final AppointmentFixture.RecordedFreedSlots freed = new AppointmentFixture.RecordedFreedSlots();
    private final AppointmentFixture.InMemoryRequestDataKeys keys = new AppointmentFixture.InMemoryRequestDataKeys();
    private FixtureConfiguration<Appointment> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Appointment.class);
        SlotFinder slots = new SlotFinder(AppointmentFixture.massaOnMondayMornings(),
                AppointmentFixture.socialWorkerOnMondayMornings(), booked, Duration.ofMinutes(15));
        fixture.registerAnnotatedCommandHandler(new Rescheduling(fixture.getRepository(), slots, booked, freed));
        fixture.registerAnnotatedCommandHandler(new AppointmentOutcomes(fixture.getRepository(), booked, freed, keys));
        booked.claim(APPOINTMENT_ID, MASSA, List.of(SOCIAL_WORKER), slot());
    }

    private static Personal<String> reason(String text) {
        return Personal.of(APPOINTMENT_ID.subject(), text);
    }

    @Test
    void cancellingFreesTheSlotAndOffersItToTheWaitingList() {
        fixture.given(booked(false))
               .when(new CancelAppointment(APPOINTMENT_ID, CancelledBy.CITIZEN, reason("ill"), DAY_BEFORE, DAY_BEFORE))
               .expectSuccessfulHandlerExecution()
               .expectEvents(new AppointmentCancelled(APPOINTMENT_ID, REQUEST_ID, MASSA, CancelledBy.CITIZEN, reason("ill"),
                       DAY_BEFORE));

        assertThat(booked.of(APPOINTMENT_ID)).isEmpty();
        assertThat(freed.freed).containsExactly(slot());
        assertThat(keys.shredded).isEmpty();
    }

    @Test
    void cancellingAnAnonymousCallersAppointmentErasesTheCallbackNumber() {
        fixture.given(booked(true))
               .when(new CancelAppointment(APPOINTMENT_ID, CancelledBy.OFFICE, null, DAY_BEFORE, DAY_BEFORE))
               .expectEvents(new AppointmentCancelled(APPOINTMENT_ID, REQUEST_ID, MASSA, CancelledBy.OFFICE, null,
                       DAY_BEFORE), callbackPhoneErased("CANCELLED", DAY_BEFORE));

        assertThat(keys.shredded).containsExactly(REQUEST_ID);
    }

    @Test
    void aCancelledAppointmentIsNotCancelledAgain() {
        fixture.given(booked(false), new AppointmentCancelled(APPOINTMENT_ID, REQUEST_ID, MASSA, CancelledBy.CITIZEN,
                        null, DAY_BEFORE))
               .when(new CancelAppointment(APPOINTMENT_ID, CancelledBy.OFFICE, null, DAY_BEFORE.plusSeconds(60), DAY_BEFORE.plusSeconds(60)))
               .expectNoEvents()
               .expectException(AppointmentNotBooked.class);
    }

    @Test
    void attendanceIsRecordedFromTheAppointmentsLocalDayOn() {
        fixture.given(booked(false))
               .when(new RecordAttendance(APPOINTMENT_ID, DAY_OF, DAY_OF))
               .expectEvents(new AppointmentAttended(APPOINTMENT_ID, REQUEST_ID, MASSA, CITIZEN_ID, START, REQUESTED_AT,
                       DAY_OF));
    }

    @Test
    void anOutcomeBeforeTheAppointmentsDayIsRefused() {
        fixture.given(booked(false))
               .when(new RecordNoShow(APPOINTMENT_ID, DAY_BEFORE, DAY_BEFORE))
               .expectNoEvents()
               .expectException(OutcomeTooEarly.class);
    }

    @Test
    void aNoShowOfAnAnonymousCallerErasesTheCallbackNumber() {
        Instant later = START.plus(Duration.ofHours(2));
        fixture.given(booked(true))
               .when(new RecordNoShow(APPOINTMENT_ID, later, later))
               .expectEvents(new AppointmentMissed(APPOINTMENT_ID, REQUEST_ID, MASSA, START, REQUESTED_AT, later),
                       callbackPhoneErased("MISSED", later));

        assertThat(keys.shredded).containsExactly(REQUEST_ID);
    }

    @Test
    void anOutcomeIsRecordedOnce() {
        fixture.given(booked(false), new AppointmentAttended(APPOINTMENT_ID, REQUEST_ID, MASSA, CITIZEN_ID, START,
                        REQUESTED_AT, DAY_OF))
               .when(new RecordNoShow(APPOINTMENT_ID, DAY_OF.plusSeconds(60), DAY_OF.plusSeconds(60)))
               .expectNoEvents()
               .expectException(AppointmentNotBooked.class);
    }

    @Test
    void aCancelledAppointmentHasNoOutcome() {
        fixture.given(booked(false), new AppointmentCancelled(APPOINTMENT_ID, REQUEST_ID, MASSA, CancelledBy.CITIZEN,
                        null, DAY_BEFORE))
               .when(new RecordAttendance(APPOINTMENT_ID, DAY_OF, DAY_OF))
               .expectNoEvents()
               .expectException(AppointmentNotBooked.class);
    }

    @Test
    void anAttendedAppointmentCannotBeCancelled() {
        fixture.given(booked(false), new AppointmentAttended(APPOINTMENT_ID, REQUEST_ID, MASSA, CITIZEN_ID, START,
                        REQUESTED_AT, DAY_OF))
               .when(new CancelAppointment(APPOINTMENT_ID, CancelledBy.OFFICE, null, DAY_OF, DAY_OF))
               .expectNoEvents()
               .expectException(AppointmentNotBooked.class);
    }

    @Test
    void reschedulingMovesTheClaimsAndFreesTheOldSlot() {
        fixture.given(booked(false))
               .when(new RescheduleAppointment(APPOINTMENT_ID, LATER_START, List.of(SOCIAL_WORKER), DAY_BEFORE, DAY_BEFORE))
               .expectEvents(new AppointmentRescheduled(APPOINTMENT_ID, MASSA, LATER_START,
                       LATER_START.plus(Duration.ofHours(1)), List.of(SOCIAL_WORKER), DAY_BEFORE));

        assertThat(booked.of(APPOINTMENT_ID)).extracting(InMemoryBookedTime.Claim::window)
                .containsExactly(new TimeWindow(LATER_START, LATER_START.plus(Duration.ofHours(1))));
        assertThat(freed.freed).containsExactly(slot());
    }

    @Test
    void reschedulingMayOverlapTheAppointmentsOwnSlot() {
        Instant halfPast = START.plus(Duration.ofMinutes(30));
        fixture.given(booked(false))
               .when(new RescheduleAppointment(APPOINTMENT_ID, halfPast, List.of(SOCIAL_WORKER), DAY_BEFORE, DAY_BEFORE))
               .expectSuccessfulHandlerExecution();
    }

    @Test
    void reschedulingOntoAnotherAppointmentsTimeIsRefused() {
        booked.claim(AppointmentId.random(), MASSA, List.of(SOCIAL_WORKER),
                new TimeWindow(LATER_START, LATER_START.plus(Duration.ofHours(1))));

        fixture.given(booked(false))
               .when(new RescheduleAppointment(APPOINTMENT_ID, LATER_START, List.of(SOCIAL_WORKER), DAY_BEFORE, DAY_BEFORE))
               .expectNoEvents()
               .expectException(SlotTaken.class);
    }

    @Test
    void reschedulingWithAnOperatorInAnotherRoleIsRefused() {
        fixture.given(booked(false))
               .when(new RescheduleAppointment(APPOINTMENT_ID, LATER_START,
                       List.of(new BookedOperator(new OperatorId("sw-1"), OperatorRole.EDUCATOR)), DAY_BEFORE, DAY_BEFORE))
               .expectNoEvents()
               .expectException(OperatorsDoNotMatchRoles.class);
    }

    @Test
    void aCancelledAppointmentIsNotRescheduled() {
        fixture.given(booked(false), new AppointmentCancelled(APPOINTMENT_ID, REQUEST_ID, MASSA, CancelledBy.CITIZEN,
                        null, DAY_BEFORE))
               .when(new RescheduleAppointment(APPOINTMENT_ID, LATER_START, List.of(SOCIAL_WORKER), DAY_BEFORE, DAY_BEFORE))
               .expectNoEvents()
               .expectException(AppointmentNotBooked.class);
    }

    @Test
    void aCancellationRecordedAfterTheFactKeepsItsTimeAndErasesTheNumberNow() {
        Instant monthLater = START.plus(Duration.ofDays(30));

        fixture.given(booked(true))
               .when(new CancelAppointment(APPOINTMENT_ID, CancelledBy.CITIZEN, null, DAY_BEFORE, monthLater))
               .expectEvents(new AppointmentCancelled(APPOINTMENT_ID, REQUEST_ID, MASSA, CancelledBy.CITIZEN, null,
                       DAY_BEFORE), callbackPhoneErased("CANCELLED", monthLater));
    }

    @Test
    void aCancellationInTheFutureIsRefused() {
        fixture.given(booked(false))
               .when(new CancelAppointment(APPOINTMENT_ID, CancelledBy.OFFICE, null, DAY_BEFORE.plus(Duration.ofHours(1)),
                       DAY_BEFORE))
               .expectNoEvents()
               .expectException(TimeInFuture.class);
        assertThat(freed.freed).isEmpty();
    }

    @Test
    void aCancellationBeforeTheBookingIsRefused() {
        Instant beforeBooking = booked(false).bookedAt().minusSeconds(1);

        fixture.given(booked(false))
               .when(new CancelAppointment(APPOINTMENT_ID, CancelledBy.OFFICE, null, beforeBooking, DAY_BEFORE))
               .expectNoEvents()
               .expectException(TimeOutOfOrder.class);
        assertThat(booked.of(APPOINTMENT_ID)).isNotEmpty();
    }

    @Test
    void aCancellationBeforeTheLastMoveIsRefused() {
        fixture.given(booked(false), new AppointmentRescheduled(APPOINTMENT_ID, MASSA, START, AppointmentFixture.END, List.of(SOCIAL_WORKER),
                        DAY_BEFORE))
               .when(new CancelAppointment(APPOINTMENT_ID, CancelledBy.OFFICE, null, DAY_BEFORE.minusSeconds(1),
                       DAY_BEFORE))
               .expectNoEvents()
               .expectException(TimeOutOfOrder.class);
    }

    @Test
    void aRescheduleRecordedAfterTheFactMayMoveIntoThePast() {
        Instant monthLater = START.plus(Duration.ofDays(30));

        fixture.given(booked(false))
               .when(new RescheduleAppointment(APPOINTMENT_ID, LATER_START, List.of(SOCIAL_WORKER), DAY_BEFORE, monthLater))
               .expectEvents(new AppointmentRescheduled(APPOINTMENT_ID, MASSA, LATER_START,
                       LATER_START.plus(Duration.ofHours(1)), List.of(SOCIAL_WORKER), DAY_BEFORE));
    }

    @Test
    void aRescheduleInTheFutureIsRefused() {
        fixture.given(booked(false))
               .when(new RescheduleAppointment(APPOINTMENT_ID, LATER_START, List.of(SOCIAL_WORKER),
                       DAY_BEFORE.plus(Duration.ofHours(1)), DAY_BEFORE))
               .expectNoEvents()
               .expectException(TimeInFuture.class);
        assertThat(booked.of(APPOINTMENT_ID)).extracting(InMemoryBookedTime.Claim::window).containsExactly(slot());
    }

    @Test
    void aRescheduleBeforeTheBookingIsRefused() {
        fixture.given(booked(false))
               .when(new RescheduleAppointment(APPOINTMENT_ID, LATER_START, List.of(SOCIAL_WORKER),
                       REQUESTED_AT, DAY_BEFORE))
               .expectNoEvents()
               .expectException(TimeOutOfOrder.class);
    }

    @Test
    void aRescheduleToBeforeTheRequestIsRefused() {
        fixture.given(booked(false))
               .when(new RescheduleAppointment(APPOINTMENT_ID, START.minus(Duration.ofDays(7)), List.of(SOCIAL_WORKER),
                       DAY_BEFORE, DAY_BEFORE))
               .expectNoEvents()
               .expectException(SlotUnavailable.class);
    }

    @Test
    void anOutcomeRecordedAfterTheFactKeepsItsTime() {
        Instant monthLater = START.plus(Duration.ofDays(30));

        fixture.given(booked(false))
               .when(new RecordAttendance(APPOINTMENT_ID, DAY_OF, monthLater))
               .expectEvents(new AppointmentAttended(APPOINTMENT_ID, REQUEST_ID, MASSA, CITIZEN_ID, START, REQUESTED_AT,
                       DAY_OF));
    }

    @Test
    void anOutcomeInTheFutureIsRefused() {
        fixture.given(booked(false))
               .when(new RecordAttendance(APPOINTMENT_ID, START.plus(Duration.ofHours(1)), START))
               .expectNoEvents()
               .expectException(TimeInFuture.class);
    }

    @Test
    void anOutcomeNotedBeforeTheAppointmentsDayIsRefusedWhenEverItIsRecorded() {
        fixture.given(booked(false))
               .when(new RecordNoShow(APPOINTMENT_ID, DAY_BEFORE, START.plus(Duration.ofDays(30))))
               .expectNoEvents()
               .expectException(OutcomeTooEarly.class);
    }

    @Test
    void aCancellationsReasonIsErasedWithTheAppointmentsKeyOnceItHasServed() {
        Instant later = DAY_BEFORE.plus(Duration.ofDays(91));

        fixture.given(booked(false), new AppointmentCancelled(APPOINTMENT_ID, REQUEST_ID, MASSA, CancelledBy.CITIZEN,
                        reason("ricoverata"), DAY_BEFORE))
               .when(new EraseCancelReason(APPOINTMENT_ID, "retention", later))
               .expectEvents(new CancelReasonErased(APPOINTMENT_ID,
                       org.sportello.platform.personaldata.ErasureGround.NO_LONGER_NECESSARY, "retention",
                       CallbackPhoneErased.ERASED_BY, later));

        assertThat(keys.shreddedAppointments).containsExactly(APPOINTMENT_ID);
    }

    @Test
    void aCancellationWithoutReasonHasNothingToErase() {
        fixture.given(booked(false), new AppointmentCancelled(APPOINTMENT_ID, REQUEST_ID, MASSA, CancelledBy.CITIZEN,
                        null, DAY_BEFORE))
               .when(new EraseCancelReason(APPOINTMENT_ID, "retention", DAY_BEFORE.plus(Duration.ofDays(91))))
               .expectNoEvents();

        assertThat(keys.shreddedAppointments).isEmpty();
    }
}
