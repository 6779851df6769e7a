package org.sportello.scheduling.publishing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.sportello.contracts.scheduling.v1.CancelledBy;
import org.sportello.contracts.scheduling.v1.Operator;
import org.sportello.contracts.scheduling.v1.OperatorRole;
import org.sportello.contracts.scheduling.v1.RequestChannel;
import org.sportello.platform.personaldata.ErasureGround;
import org.sportello.platform.personaldata.Personal;
import org.sportello.scheduling.appointment.AppointmentAttended;
import org.sportello.scheduling.appointment.AppointmentBooked;
import org.sportello.scheduling.appointment.AppointmentCancelled;
import org.sportello.scheduling.appointment.AppointmentId;
import org.sportello.scheduling.appointment.AppointmentMissed;
import org.sportello.scheduling.appointment.AppointmentRequested;
import org.sportello.scheduling.appointment.AppointmentRescheduled;
import org.sportello.scheduling.appointment.BookedOperator;
import org.sportello.scheduling.appointment.CallbackPhoneErased;
import org.sportello.scheduling.appointment.RequestBooked;
import org.sportello.scheduling.appointment.RequestId;
import org.sportello.scheduling.appointment.SlotOffered;
import org.sportello.scheduling.appointment.WaitingListJoined;
import org.sportello.scheduling.office.OfficeId;
import org.sportello.scheduling.operator.OperatorId;

class AppointmentContractsTest {

    private static final RequestId REQUEST = new RequestId(UUID.fromString("00000000-0000-0000-0000-00000000a001"));
    private static final AppointmentId APPOINTMENT = new AppointmentId(UUID.fromString("00000000-0000-0000-0000-00000000b001"));
    private static final UUID CITIZEN = UUID.fromString("00000000-0000-0000-0000-00000000c001");
    private static final OfficeId MASSA = new OfficeId("massa");
    private static final Instant REQUESTED = Instant.parse("2026-03-20T09:00:00Z");
    private static final Instant START = Instant.parse("2026-03-23T08:00:00Z");
    private static final Instant END = Instant.parse("2026-03-23T09:00:00Z");
    private static final Instant AT = Instant.parse("2026-03-21T10:00:00Z");
    private static final List<BookedOperator> TEAM = List.of(
            new BookedOperator(new OperatorId("sw-1"), org.sportello.scheduling.operator.OperatorRole.SOCIAL_WORKER),
            new BookedOperator(new OperatorId("ed-1"), org.sportello.scheduling.operator.OperatorRole.EDUCATOR));
    private static final List<Operator> PUBLISHED_TEAM = List.of(new Operator("sw-1", OperatorRole.SOCIAL_WORKER),
            new Operator("ed-1", OperatorRole.EDUCATOR));

    @Test
    void aRequestIsPublishedWithoutTheCallbackNumber() {
        Object contract = translate(new AppointmentRequested(REQUEST, MASSA, null,
                Personal.of(REQUEST.subject(), "+39 333 1234567"),
                org.sportello.scheduling.appointment.RequestChannel.PHONE_LINE,
                List.of(org.sportello.scheduling.operator.OperatorRole.SOCIAL_WORKER,
                        org.sportello.scheduling.operator.OperatorRole.EDUCATOR), 60, REQUESTED));

        assertThat(contract).isEqualTo(new org.sportello.contracts.scheduling.v1.AppointmentRequested(REQUEST.value(),
                "massa", null, RequestChannel.PHONE_LINE, List.of(OperatorRole.SOCIAL_WORKER, OperatorRole.EDUCATOR), 60,
                REQUESTED, "op-1"));
        assertThat(contract.toString()).doesNotContain("1234567");
    }

    @Test
    void joiningTheWaitingListIsPublished() {
        assertThat(translate(new WaitingListJoined(REQUEST, MASSA, REQUESTED))).isEqualTo(
                new org.sportello.contracts.scheduling.v1.WaitingListJoined(REQUEST.value(), "massa", REQUESTED));
    }

    @Test
    void aBookingIsPublishedWithRequestTimeAndSlot() {
        assertThat(translate(new AppointmentBooked(APPOINTMENT, REQUEST, MASSA, CITIZEN, false, START, END, TEAM,
                REQUESTED, AT))).isEqualTo(new org.sportello.contracts.scheduling.v1.AppointmentBooked(APPOINTMENT.value(),
                REQUEST.value(), "massa", CITIZEN, START, END, PUBLISHED_TEAM, REQUESTED, AT, "op-1"));
    }

    @Test
    void aRescheduleIsPublished() {
        assertThat(translate(new AppointmentRescheduled(APPOINTMENT, MASSA, START, END, TEAM, AT))).isEqualTo(
                new org.sportello.contracts.scheduling.v1.AppointmentRescheduled(APPOINTMENT.value(), "massa", START, END,
                        PUBLISHED_TEAM, AT, "op-1"));
    }

    @Test
    void aCancellationIsPublishedWithoutItsReason() {
        Object contract = translate(new AppointmentCancelled(APPOINTMENT, REQUEST, MASSA,
                org.sportello.scheduling.appointment.CancelledBy.CITIZEN,
                org.sportello.platform.personaldata.Personal.of(APPOINTMENT.subject(), "ricoverata in ospedale"), AT));

        assertThat(contract).isEqualTo(new org.sportello.contracts.scheduling.v1.AppointmentCancelled(APPOINTMENT.value(),
                "massa", CancelledBy.CITIZEN, AT, "op-1"));
        assertThat(contract.toString()).doesNotContain("ospedale");
    }

    @Test
    void outcomesArePublishedWithRequestTimeAndStart() {
        assertThat(translate(new AppointmentAttended(APPOINTMENT, REQUEST, MASSA, CITIZEN, START, REQUESTED, END)))
                .isEqualTo(new org.sportello.contracts.scheduling.v1.AppointmentAttended(APPOINTMENT.value(), "massa",
                        CITIZEN, START, REQUESTED, END, "op-1"));
        assertThat(translate(new AppointmentMissed(APPOINTMENT, REQUEST, MASSA, START, REQUESTED, END)))
                .isEqualTo(new org.sportello.contracts.scheduling.v1.AppointmentMissed(APPOINTMENT.value(), "massa",
                        START, REQUESTED, END, "op-1"));
    }

    @Test
    void offersBookingsOfTheRequestAndErasuresStayInside() {
        assertThat(AppointmentContracts.translate(new SlotOffered(REQUEST, MASSA, START, END, TEAM, APPOINTMENT, AT),
                "op-1")).isEmpty();
        assertThat(AppointmentContracts.translate(new RequestBooked(REQUEST, APPOINTMENT, MASSA, AT), "op-1")).isEmpty();
        assertThat(AppointmentContracts.translate(new CallbackPhoneErased(REQUEST, APPOINTMENT,
                ErasureGround.NO_LONGER_NECESSARY, "appointment over", CallbackPhoneErased.ERASED_BY, AT), null)).isEmpty();
    }

    @Test
    void eventsOfNoAppointmentAreNotTheirs() {
        assertThat(AppointmentContracts.translate("something else", "op-1")).isEmpty();
    }

    private static Object translate(Object internal) {
        return AppointmentContracts.translate(internal, "op-1").orElseThrow();
    }
}
