package org.sportello.scheduling.appointment;

import java.time.Instant;

import org.axonframework.serialization.Revision;
import org.sportello.scheduling.office.OfficeId;

/** Internal: the request got its appointment (and, if it waited, left the waiting list). */
@Revision("1")
public record RequestBooked(RequestId requestId, AppointmentId appointmentId, OfficeId officeId, Instant bookedAt) {
}
