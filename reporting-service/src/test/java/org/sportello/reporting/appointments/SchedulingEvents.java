package org.sportello.reporting.appointments;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import org.sportello.contracts.scheduling.v1.AppointmentAttended;
import org.sportello.contracts.scheduling.v1.AppointmentBooked;
import org.sportello.contracts.scheduling.v1.AppointmentCancelled;
import org.sportello.contracts.scheduling.v1.AppointmentMissed;
import org.sportello.contracts.scheduling.v1.AppointmentRequested;
import org.sportello.contracts.scheduling.v1.CancelledBy;
import org.sportello.contracts.scheduling.v1.OfficeCreated;
import org.sportello.contracts.scheduling.v1.OfficeKind;
import org.sportello.contracts.scheduling.v1.OpeningHoursSet;
import org.sportello.contracts.scheduling.v1.OpeningMode;
import org.sportello.contracts.scheduling.v1.Operator;
import org.sportello.contracts.scheduling.v1.OperatorRole;
import org.sportello.contracts.scheduling.v1.RequestChannel;
import org.sportello.contracts.scheduling.v1.WeeklySlot;

/** Scheduling's events as it publishes them, with what the tests do not care about filled in. */
final class SchedulingEvents {

    private SchedulingEvents() {
    }

    static OfficeCreated officeCreated(String officeId, Instant createdAt) {
        return new OfficeCreated(officeId, "massa", "Segretariato Sociale " + officeId, "Via Roma 1", OfficeKind.SECRETARIAT,
                null, createdAt, "admin-1");
    }

    static OpeningHoursSet hours(String officeId, LocalDate validFrom, WeeklySlot... slots) {
        return new OpeningHoursSet(officeId, validFrom, List.of(slots), validFrom.atStartOfDay().toInstant(ZoneOffset.UTC)
                .minusSeconds(86_400), "admin-1");
    }

    static WeeklySlot slot(DayOfWeek day, String from, String to, OpeningMode mode) {
        return new WeeklySlot(day, LocalTime.parse(from), LocalTime.parse(to), mode);
    }

    static AppointmentRequested requested(String officeId, Instant requestedAt) {
        return new AppointmentRequested(UUID.randomUUID(), officeId, UUID.randomUUID(), RequestChannel.ONLINE,
                List.of(OperatorRole.SOCIAL_WORKER, OperatorRole.EDUCATOR), 60, requestedAt, null);
    }

    static AppointmentBooked booked(UUID appointmentId, String officeId, Instant requestedAt, Instant bookedAt,
                                    Instant start) {
        return new AppointmentBooked(appointmentId, UUID.randomUUID(), officeId, UUID.randomUUID(), start,
                start.plusSeconds(3600), List.of(new Operator("op-0173", OperatorRole.SOCIAL_WORKER)), requestedAt,
                bookedAt, "op-0173");
    }

    static AppointmentCancelled cancelled(UUID appointmentId, String officeId, Instant cancelledAt) {
        return new AppointmentCancelled(appointmentId, officeId, CancelledBy.CITIZEN, cancelledAt, "op-0173");
    }

    static AppointmentAttended attended(UUID appointmentId, String officeId, Instant requestedAt, Instant start) {
        return new AppointmentAttended(appointmentId, officeId, UUID.randomUUID(), start, requestedAt,
                start.plusSeconds(3600), "op-0173");
    }

    static AppointmentMissed missed(UUID appointmentId, String officeId, Instant requestedAt, Instant start) {
        return new AppointmentMissed(appointmentId, officeId, start, requestedAt, start.plusSeconds(3600), "op-0173");
    }
}
