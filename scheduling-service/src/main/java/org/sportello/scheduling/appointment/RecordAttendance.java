package org.sportello.scheduling.appointment;

import java.time.Instant;

/** Handled by {@link AppointmentOutcomes}: the citizen came. */
public record RecordAttendance(AppointmentId appointmentId, Instant at) {
}
