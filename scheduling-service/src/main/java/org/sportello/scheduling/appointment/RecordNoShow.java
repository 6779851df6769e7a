package org.sportello.scheduling.appointment;

import java.time.Instant;

/** Handled by {@link AppointmentOutcomes}: the citizen did not come. */
public record RecordNoShow(AppointmentId appointmentId, Instant at) {
}
