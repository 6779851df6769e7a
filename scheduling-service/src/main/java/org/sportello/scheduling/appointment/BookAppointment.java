package org.sportello.scheduling.appointment;

import java.time.Instant;
import java.util.List;

/** Handled by {@link Booking}: the request's interview in the slot from {@code start}, with these operators. */
public record BookAppointment(RequestId requestId, AppointmentId appointmentId, Instant start,
                              List<BookedOperator> operators, Instant at) {
}
