package org.sportello.scheduling.appointment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.sportello.scheduling.appointment.AppointmentFixture.APPOINTMENT_ID;
import static org.sportello.scheduling.appointment.AppointmentFixture.MASSA;
import static org.sportello.scheduling.appointment.AppointmentFixture.REQUESTED_AT;
import static org.sportello.scheduling.appointment.AppointmentFixture.REQUEST_ID;
import static org.sportello.scheduling.appointment.AppointmentFixture.SOCIAL_WORKER;
import static org.sportello.scheduling.appointment.AppointmentFixture.START;
import static org.sportello.scheduling.appointment.AppointmentFixture.request;
import static org.sportello.scheduling.appointment.AppointmentFixture.requested;
import static org.sportello.scheduling.appointment.AppointmentFixture.slot;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.modelling.command.Repository;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sportello.platform.personaldata.Personal;
import org.sportello.scheduling.office.OfficeId;
import org.sportello.scheduling.operator.UnknownOffice;
import org.sportello.platform.time.BackdatedTooFar;
import org.sportello.platform.time.TimeOutOfOrder;
import org.sportello.platform.time.TimeInFuture;
import org.sportello.platform.time.RecordedTime;

class AppointmentRequestTest {

    /** A booking decided before the slot: Sunday 22 March 2026 in Massa. */
    private static final Instant BOOKED_AT = Instant.parse("2026-03-22T10:00:00Z");
    private static final AppointmentId FREED_BY = AppointmentId.random();

    /** A test's way to reach the request's offer rule, which the waiting list calls in production. */
    record OfferSlot(RequestId requestId, Proposal slot, Instant at) {
    }

    private final InMemoryBookedTime booked = new InMemoryBookedTime();
    private final AppointmentFixture.InMemoryRequestDataKeys keys = new AppointmentFixture.InMemoryRequestDataKeys();
    @SuppressWarnings("unchecked")
    private final Repository<Appointment> appointments = mock(Repository.class);
    private FixtureConfiguration<AppointmentRequest> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(AppointmentRequest.class);
        SlotFinder slots = new SlotFinder(AppointmentFixture.massaOnMondayMornings(),
                AppointmentFixture.socialWorkerOnMondayMornings(), booked, Duration.ofMinutes(15));
        AppointmentSettings settings = new AppointmentSettings(Duration.ofDays(60), 5, Duration.ofMinutes(15), Duration.ofDays(400));
        fixture.registerAnnotatedCommandHandler(new AppointmentRequesting(fixture.getRepository(),
                AppointmentFixture.massaOnMondayMornings(), slots, settings));
        fixture.registerAnnotatedCommandHandler(new Booking(fixture.getRepository(), appointments,
                new EventStoreRequestHistory(fixture.getEventStore()), slots, booked));
        fixture.registerAnnotatedCommandHandler(new Withdrawal(fixture.getRepository(), keys));
        Repository<AppointmentRequest> requests = fixture.getRepository();
        fixture.registerAnnotatedCommandHandler(new Object() {
            @CommandHandler
            boolean handle(OfferSlot command) {
                return requests.load(command.requestId().toString())
                        .invoke(request -> request.offer(command.slot(), FREED_BY, command.at()));
            }
        });
    }

    @Test
    void aRequestWithFreeSlotsIsAnsweredWithThem() {
        fixture.givenNoPriorActivity()
               .when(request(null))
               .expectEvents(requested())
               .expectResultMessagePayloadMatching(org.hamcrest.Matchers.hasSize(5));
    }

    @Test
    void anAnonymousCallersNumberIsHeldSealedUnderTheRequest() {
        Personal<String> phone = Personal.of(REQUEST_ID.subject(), "+39 333 1234567");

        fixture.givenNoPriorActivity()
               .when(request(phone))
               .expectEvents(new AppointmentRequested(REQUEST_ID, MASSA, null, phone, RequestChannel.ONLINE,
                       requested().requiredRoles(), 60, REQUESTED_AT));
    }

    @Test
    void aRequestWithNoFreeSlotWithinTheHorizonJoinsTheWaitingList() {
        booked.claim(AppointmentId.random(), MASSA, List.of(SOCIAL_WORKER),
                new org.sportello.scheduling.time.TimeWindow(REQUESTED_AT, REQUESTED_AT.plus(Duration.ofDays(61))));

        fixture.givenNoPriorActivity()
               .when(request(null))
               .expectEvents(requested(), new WaitingListJoined(REQUEST_ID, MASSA, REQUESTED_AT))
               .expectResultMessagePayload(List.of());
    }

    @Test
    void aRequestAtAnOfficeThatDoesNotExistIsRefused() {
        RequestAppointment elsewhere = new RequestAppointment(REQUEST_ID, new OfficeId("atlantide"), null,
                null, RequestChannel.DESK, requested().requiredRoles(), 60, REQUESTED_AT, REQUESTED_AT);

        fixture.givenNoPriorActivity()
               .when(elsewhere)
               .expectNoEvents()
               .expectException(UnknownOffice.class);
    }

    @Test
    void bookingAFreeSlotClaimsItAndTakesTheRequestOffTheList() throws Exception {
        fixture.given(requested(), new WaitingListJoined(REQUEST_ID, MASSA, REQUESTED_AT))
               .when(new BookAppointment(REQUEST_ID, APPOINTMENT_ID, START, List.of(SOCIAL_WORKER), BOOKED_AT, BOOKED_AT))
               .expectEvents(new RequestBooked(REQUEST_ID, APPOINTMENT_ID, MASSA, BOOKED_AT))
               .expectResultMessagePayload(APPOINTMENT_ID);

        assertThat(booked.of(APPOINTMENT_ID)).extracting(InMemoryBookedTime.Claim::window).containsExactly(slot());
        verifyAppointmentCreated();
    }

    @Test
    void aBookedRequestIsNotBookedAgain() throws Exception {
        fixture.given(requested(), new RequestBooked(REQUEST_ID, APPOINTMENT_ID, MASSA, BOOKED_AT))
               .when(new BookAppointment(REQUEST_ID, AppointmentId.random(), START.plus(Duration.ofHours(1)),
                       List.of(SOCIAL_WORKER), BOOKED_AT, BOOKED_AT))
               .expectNoEvents()
               .expectException(RequestAlreadyBooked.class);
        verify(appointments, never()).newInstance(any());
    }

    @Test
    void aSlotTakenMeanwhileIsRefusedWithNoEvent() throws Exception {
        booked.claim(AppointmentId.random(), MASSA, List.of(SOCIAL_WORKER), slot());

        fixture.given(requested())
               .when(new BookAppointment(REQUEST_ID, APPOINTMENT_ID, START, List.of(SOCIAL_WORKER), BOOKED_AT, BOOKED_AT))
               .expectNoEvents()
               .expectException(SlotTaken.class);
        verify(appointments, never()).newInstance(any());
    }

    @Test
    void aSlotOutsideTheOfficesHoursIsRefused() {
        fixture.given(requested())
               .when(new BookAppointment(REQUEST_ID, APPOINTMENT_ID, START.plus(Duration.ofHours(3)),
                       List.of(SOCIAL_WORKER), BOOKED_AT, BOOKED_AT))
               .expectNoEvents()
               .expectException(SlotUnavailable.class);
    }

    @Test
    void anUnknownRequestIsNotFound() {
        fixture.givenNoPriorActivity()
               .when(new BookAppointment(REQUEST_ID, APPOINTMENT_ID, START, List.of(SOCIAL_WORKER), BOOKED_AT, BOOKED_AT))
               .expectNoEvents()
               .expectException(RequestNotFound.class);
    }

    @Test
    void aWaitingRequestIsOfferedAFreedSlot() {
        Proposal freed = new Proposal(START, START.plus(Duration.ofHours(1)), List.of(SOCIAL_WORKER));

        fixture.given(requested(), new WaitingListJoined(REQUEST_ID, MASSA, REQUESTED_AT))
               .when(new OfferSlot(REQUEST_ID, freed, BOOKED_AT))
               .expectEvents(new SlotOffered(REQUEST_ID, MASSA, freed.start(), freed.end(), freed.operators(), FREED_BY,
                       BOOKED_AT))
               .expectResultMessagePayload(true);
    }

    @Test
    void aRequestHoldingAnOfferItCanStillBookIsNotOfferedAnother() {
        Proposal freed = new Proposal(START, START.plus(Duration.ofHours(1)), List.of(SOCIAL_WORKER));

        fixture.given(requested(), new WaitingListJoined(REQUEST_ID, MASSA, REQUESTED_AT),
                       new SlotOffered(REQUEST_ID, MASSA, freed.start(), freed.end(), freed.operators(), FREED_BY,
                               BOOKED_AT))
               .when(new OfferSlot(REQUEST_ID, freed, BOOKED_AT.plusSeconds(60)))
               .expectNoEvents()
               .expectResultMessagePayload(false);
    }

    @Test
    void aRequestThatIsNotWaitingIsOfferedNothing() {
        Proposal freed = new Proposal(START, START.plus(Duration.ofHours(1)), List.of(SOCIAL_WORKER));

        fixture.given(requested())
               .when(new OfferSlot(REQUEST_ID, freed, BOOKED_AT))
               .expectNoEvents()
               .expectResultMessagePayload(false);
    }

    @Test
    void aRequestRecordedAfterTheFactIsAnsweredWithTheSlotsFreeFromThen() {
        Instant monthLater = REQUESTED_AT.plus(Duration.ofDays(30));
        RequestAppointment late = new RequestAppointment(REQUEST_ID, MASSA, AppointmentFixture.CITIZEN_ID, null,
                RequestChannel.ONLINE, requested().requiredRoles(), 60, REQUESTED_AT, monthLater);

        fixture.givenNoPriorActivity()
               .when(late)
               .expectEvents(requested())
               .expectResultMessagePayloadMatching(org.hamcrest.Matchers.hasItem(
                       new Proposal(START, START.plus(Duration.ofHours(1)), List.of(SOCIAL_WORKER))));
    }

    @Test
    void aRequestWithinTheClockToleranceIsAccepted() {
        RequestAppointment drifted = new RequestAppointment(REQUEST_ID, MASSA, AppointmentFixture.CITIZEN_ID, null,
                RequestChannel.ONLINE, requested().requiredRoles(), 60, REQUESTED_AT,
                REQUESTED_AT.minus(RecordedTime.CLOCK_TOLERANCE));

        fixture.givenNoPriorActivity()
               .when(drifted)
               .expectEvents(requested());
    }

    @Test
    void aRequestInTheFutureIsRefused() {
        RequestAppointment ahead = new RequestAppointment(REQUEST_ID, MASSA, AppointmentFixture.CITIZEN_ID, null,
                RequestChannel.ONLINE, requested().requiredRoles(), 60, REQUESTED_AT,
                REQUESTED_AT.minus(RecordedTime.CLOCK_TOLERANCE).minusSeconds(1));

        fixture.givenNoPriorActivity()
               .when(ahead)
               .expectNoEvents()
               .expectException(TimeInFuture.class);
    }

    @Test
    void aRequestOlderThanTheBackdatingLimitIsRefused() {
        RequestAppointment ancient = new RequestAppointment(REQUEST_ID, MASSA, AppointmentFixture.CITIZEN_ID, null,
                RequestChannel.ONLINE, requested().requiredRoles(), 60, REQUESTED_AT,
                REQUESTED_AT.plus(Duration.ofDays(400)).plusSeconds(1));

        fixture.givenNoPriorActivity()
               .when(ancient)
               .expectNoEvents()
               .expectException(BackdatedTooFar.class);
    }

    @Test
    void aBookingRecordedAfterTheFactMayBeInThePast() throws Exception {
        Instant monthLater = START.plus(Duration.ofDays(30));

        fixture.given(requested())
               .when(new BookAppointment(REQUEST_ID, APPOINTMENT_ID, START, List.of(SOCIAL_WORKER), BOOKED_AT, monthLater))
               .expectEvents(new RequestBooked(REQUEST_ID, APPOINTMENT_ID, MASSA, BOOKED_AT));
        verifyAppointmentCreated();
    }

    @Test
    void aBookingLeftUndatedMayStillBeRecordedForASlotInThePast() throws Exception {
        Instant monthLater = START.plus(Duration.ofDays(30));

        fixture.given(requested())
               .when(new BookAppointment(REQUEST_ID, APPOINTMENT_ID, START, List.of(SOCIAL_WORKER), monthLater, monthLater))
               .expectEvents(new RequestBooked(REQUEST_ID, APPOINTMENT_ID, MASSA, monthLater));
        verifyAppointmentCreated();
    }

    @Test
    void aBookingInTheFutureIsRefused() {
        fixture.given(requested())
               .when(new BookAppointment(REQUEST_ID, APPOINTMENT_ID, START, List.of(SOCIAL_WORKER),
                       BOOKED_AT.plus(Duration.ofHours(1)), BOOKED_AT))
               .expectNoEvents()
               .expectException(TimeInFuture.class);
        assertThat(booked.of(APPOINTMENT_ID)).isEmpty();
    }

    @Test
    void aBookingBeforeItsRequestIsRefused() {
        fixture.given(requested())
               .when(new BookAppointment(REQUEST_ID, APPOINTMENT_ID, START, List.of(SOCIAL_WORKER),
                       REQUESTED_AT.minusSeconds(1), BOOKED_AT))
               .expectNoEvents()
               .expectException(TimeOutOfOrder.class);
        assertThat(booked.of(APPOINTMENT_ID)).isEmpty();
    }

    @Test
    void aSlotBeforeTheRequestWasMadeIsRefused() {
        // Monday 16 March 2026, 09:00 in Massa: open, free, but before the Friday the citizen asked.
        Instant weekEarlier = START.minus(Duration.ofDays(7));

        fixture.given(requested())
               .when(new BookAppointment(REQUEST_ID, APPOINTMENT_ID, weekEarlier, List.of(SOCIAL_WORKER), BOOKED_AT,
                       BOOKED_AT))
               .expectNoEvents()
               .expectException(SlotUnavailable.class);
    }

    @Test
    void aWaitingRequestIsWithdrawnAndLeavesTheList() {
        fixture.given(requested(), new WaitingListJoined(REQUEST_ID, MASSA, REQUESTED_AT))
               .when(new WithdrawRequest(REQUEST_ID, WithdrawnBy.CITIZEN, BOOKED_AT, BOOKED_AT.plusSeconds(60)))
               .expectEvents(new RequestWithdrawn(REQUEST_ID, MASSA, WithdrawnBy.CITIZEN, BOOKED_AT));
        assertThat(keys.shredded).as("a citizen's request holds no number of its own").isEmpty();
    }

    @Test
    void aProposedRequestIsWithdrawn() {
        fixture.given(requested())
               .when(new WithdrawRequest(REQUEST_ID, WithdrawnBy.OFFICE, BOOKED_AT, BOOKED_AT))
               .expectEvents(new RequestWithdrawn(REQUEST_ID, MASSA, WithdrawnBy.OFFICE, BOOKED_AT));
    }

    @Test
    void anAnonymousCallersNumberIsErasedWithTheWithdrawal() {
        Instant now = BOOKED_AT.plusSeconds(60);

        fixture.given(anonymousRequested(), new WaitingListJoined(REQUEST_ID, MASSA, REQUESTED_AT))
               .when(new WithdrawRequest(REQUEST_ID, WithdrawnBy.CITIZEN, BOOKED_AT, now))
               .expectEvents(new RequestWithdrawn(REQUEST_ID, MASSA, WithdrawnBy.CITIZEN, BOOKED_AT),
                       new CallbackPhoneErased(REQUEST_ID, null, org.sportello.platform.personaldata.ErasureGround.NO_LONGER_NECESSARY,
                               "request " + REQUEST_ID + " WITHDRAWN", CallbackPhoneErased.ERASED_BY, now));
        assertThat(keys.shredded).containsExactly(REQUEST_ID);
    }

    @Test
    void aBookedRequestIsNotWithdrawn() {
        fixture.given(anonymousRequested(), new RequestBooked(REQUEST_ID, APPOINTMENT_ID, MASSA, BOOKED_AT))
               .when(new WithdrawRequest(REQUEST_ID, WithdrawnBy.CITIZEN, BOOKED_AT, BOOKED_AT))
               .expectNoEvents()
               .expectException(RequestAlreadyBooked.class);
        assertThat(keys.shredded).isEmpty();
    }

    @Test
    void aWithdrawnRequestIsNotWithdrawnAgain() {
        fixture.given(requested(), new RequestWithdrawn(REQUEST_ID, MASSA, WithdrawnBy.CITIZEN, BOOKED_AT))
               .when(new WithdrawRequest(REQUEST_ID, WithdrawnBy.OFFICE, BOOKED_AT, BOOKED_AT))
               .expectNoEvents()
               .expectException(RequestAlreadyWithdrawn.class);
    }

    @Test
    void aWithdrawnRequestIsNotBooked() throws Exception {
        fixture.given(requested(), new RequestWithdrawn(REQUEST_ID, MASSA, WithdrawnBy.CITIZEN, BOOKED_AT))
               .when(new BookAppointment(REQUEST_ID, APPOINTMENT_ID, START, List.of(SOCIAL_WORKER), BOOKED_AT, BOOKED_AT))
               .expectNoEvents()
               .expectException(RequestAlreadyWithdrawn.class);
        assertThat(booked.of(APPOINTMENT_ID)).isEmpty();
        verify(appointments, never()).newInstance(any());
    }

    @Test
    void aWithdrawnRequestIsOfferedNothing() {
        Proposal freed = new Proposal(START, START.plus(Duration.ofHours(1)), List.of(SOCIAL_WORKER));

        fixture.given(requested(), new WaitingListJoined(REQUEST_ID, MASSA, REQUESTED_AT),
                       new RequestWithdrawn(REQUEST_ID, MASSA, WithdrawnBy.CITIZEN, BOOKED_AT))
               .when(new OfferSlot(REQUEST_ID, freed, BOOKED_AT))
               .expectNoEvents()
               .expectResultMessagePayload(false);
    }

    @Test
    void aWithdrawalInTheFutureIsRefused() {
        fixture.given(requested())
               .when(new WithdrawRequest(REQUEST_ID, WithdrawnBy.CITIZEN,
                       BOOKED_AT.plus(RecordedTime.CLOCK_TOLERANCE).plusSeconds(1), BOOKED_AT))
               .expectNoEvents()
               .expectException(TimeInFuture.class);
    }

    @Test
    void aWithdrawalBeforeItsRequestIsRefused() {
        fixture.given(requested())
               .when(new WithdrawRequest(REQUEST_ID, WithdrawnBy.CITIZEN, REQUESTED_AT.minusSeconds(1), BOOKED_AT))
               .expectNoEvents()
               .expectException(TimeOutOfOrder.class);
    }

    private static AppointmentRequested anonymousRequested() {
        return new AppointmentRequested(REQUEST_ID, MASSA, null, Personal.of(REQUEST_ID.subject(), "+39 333 1234567"),
                RequestChannel.PHONE_LINE, requested().requiredRoles(), 60, REQUESTED_AT);
    }

    @SuppressWarnings("unchecked")
    private void verifyAppointmentCreated() throws Exception {
        verify(appointments).newInstance(any(Callable.class));
    }
}
