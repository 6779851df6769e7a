package org.sportello.scheduling.appointment;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.axonframework.serialization.Revision;
import org.sportello.scheduling.office.OfficeId;

/**
 * Internal: an interview was booked for a request. {@code requestedAt} is copied from the request, so
 * the appointment alone says how long the citizen waited; {@code callbackPhone} says whether the
 * request holds a callback number to erase when the appointment is over.
 */
@Revision("1")
public record AppointmentBooked(AppointmentId appointmentId, RequestId requestId, OfficeId officeId, UUID citizenId,
                                boolean callbackPhone, Instant start, Instant end, List<BookedOperator> operators,
                                Instant requestedAt, Instant bookedAt) {
}
