package org.sportello.scheduling.appointment;

import java.time.Instant;
import java.util.List;

/**
 * Handled by {@link Booking}: the request's interview in the slot from {@code start}, with these operators.
 *
 * @param bookedAt when it was booked: the time staff give when they record it after the fact, else {@code now}
 * @param now      the server's clock when the command was sent
 */
public record BookAppointment(RequestId requestId, AppointmentId appointmentId, Instant start,
                              List<BookedOperator> operators, Instant bookedAt, Instant now) {
}
