package org.sportello.scheduling.appointment;

import java.time.Instant;
import java.util.List;

/** Handled by {@link Rescheduling}. */
public record RescheduleAppointment(AppointmentId appointmentId, Instant start, List<BookedOperator> operators,
                                    Instant at) {
}
