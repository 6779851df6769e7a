package org.sportello.scheduling.appointment;

import java.time.Instant;
import java.util.List;

/**
 * Handled by {@link Rescheduling}.
 *
 * @param rescheduledAt when it was moved: the time staff give when they record it after the fact, else {@code now}
 * @param now           the server's clock when the command was sent
 */
public record RescheduleAppointment(AppointmentId appointmentId, Instant start, List<BookedOperator> operators,
                                    Instant rescheduledAt, Instant now) {
}
