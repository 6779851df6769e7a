package org.sportello.scheduling.appointment;

import java.time.Instant;

/**
 * Handled by {@link AppointmentOutcomes}: the citizen came.
 *
 * @param recordedAt when the outcome was noted: the time staff give when they record it after the fact, else {@code now}
 * @param now        the server's clock when the command was sent
 */
public record RecordAttendance(AppointmentId appointmentId, Instant recordedAt, Instant now) {
}
