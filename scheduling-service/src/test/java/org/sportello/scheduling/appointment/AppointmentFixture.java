package org.sportello.scheduling.appointment;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.sportello.platform.personaldata.ErasureGround;
import org.sportello.platform.personaldata.Personal;
import org.sportello.scheduling.office.OfficeId;
import org.sportello.scheduling.operator.OperatorId;
import org.sportello.scheduling.operator.OperatorRole;
import org.sportello.scheduling.time.TimeWindow;

/** Test data for the appointment aggregates: Massa, Mondays 09:00–11:00 by appointment, one social worker. */
final class AppointmentFixture {

    static final OfficeId MASSA = new OfficeId("massa");
    static final RequestId REQUEST_ID = new RequestId(UUID.fromString("00000000-0000-0000-0000-00000000a001"));
    static final AppointmentId APPOINTMENT_ID = new AppointmentId(UUID.fromString("00000000-0000-0000-0000-00000000b001"));
    static final UUID CITIZEN_ID = UUID.fromString("00000000-0000-0000-0000-00000000c001");
    static final BookedOperator SOCIAL_WORKER = new BookedOperator(new OperatorId("sw-1"), OperatorRole.SOCIAL_WORKER);
    /** Friday 20 March 2026, 10:00 in Massa. */
    static final Instant REQUESTED_AT = Instant.parse("2026-03-20T09:00:00Z");
    /** Monday 23 March 2026, 09:00 in Massa (CET). */
    static final Instant START = Instant.parse("2026-03-23T08:00:00Z");
    static final Instant END = START.plus(Duration.ofHours(1));
    static final Instant LATER_START = Instant.parse("2026-03-23T09:00:00Z");

    private AppointmentFixture() {
    }

    static FakeOfficeCalendar massaOnMondayMornings() {
        return new FakeOfficeCalendar().byAppointment(MASSA, DayOfWeek.MONDAY, "09:00", "11:00");
    }

    static FakeStaffCalendar socialWorkerOnMondayMornings() {
        return new FakeStaffCalendar().works("sw-1", MASSA, OperatorRole.SOCIAL_WORKER)
                .available("sw-1", MASSA, DayOfWeek.MONDAY, "09:00", "11:00");
    }

    static RequestAppointment request(Personal<String> callbackPhone) {
        return new RequestAppointment(REQUEST_ID, MASSA, callbackPhone == null ? CITIZEN_ID : null, callbackPhone,
                RequestChannel.ONLINE, List.of(OperatorRole.SOCIAL_WORKER), 60, REQUESTED_AT, REQUESTED_AT);
    }

    static AppointmentRequested requested() {
        return new AppointmentRequested(REQUEST_ID, MASSA, CITIZEN_ID, null, RequestChannel.ONLINE,
                List.of(OperatorRole.SOCIAL_WORKER), 60, REQUESTED_AT);
    }

    static AppointmentBooked booked(boolean callbackPhone) {
        return new AppointmentBooked(APPOINTMENT_ID, REQUEST_ID, MASSA, callbackPhone ? null : CITIZEN_ID, callbackPhone,
                START, END, List.of(SOCIAL_WORKER), REQUESTED_AT, REQUESTED_AT.plusSeconds(60));
    }

    static CallbackPhoneErased callbackPhoneErased(String outcome, Instant at) {
        return new CallbackPhoneErased(REQUEST_ID, APPOINTMENT_ID, ErasureGround.NO_LONGER_NECESSARY,
                "appointment " + APPOINTMENT_ID + " " + outcome, CallbackPhoneErased.ERASED_BY, at);
    }

    static TimeWindow slot() {
        return new TimeWindow(START, END);
    }

    /** Remembers what was freed, as the waiting list would be told. */
    static final class RecordedFreedSlots implements FreedSlots {

        final List<TimeWindow> freed = new ArrayList<>();

        @Override
        public void freed(OfficeId officeId, TimeWindow window, AppointmentId freedBy, Instant at) {
            freed.add(window);
        }
    }

    /** Remembers which requests' keys were shredded. */
    static final class InMemoryRequestDataKeys implements RequestDataKeys {

        final Set<RequestId> shredded = new HashSet<>();

        @Override
        public void shred(RequestId requestId) {
            shredded.add(requestId);
        }

        final Set<AppointmentId> shreddedAppointments = new HashSet<>();

        @Override
        public void shred(AppointmentId appointmentId) {
            shreddedAppointments.add(appointmentId);
        }
    }
}
