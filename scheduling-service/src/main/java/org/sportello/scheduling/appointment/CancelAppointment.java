package org.sportello.scheduling.appointment;

import java.time.Instant;

/** Handled by {@link AppointmentOutcomes}. */
public record CancelAppointment(AppointmentId appointmentId, CancelledBy by, String reason, Instant at) {
}
