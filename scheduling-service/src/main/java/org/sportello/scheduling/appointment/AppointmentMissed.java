package org.sportello.scheduling.appointment;

import java.time.Instant;

import org.axonframework.serialization.Revision;
import org.sportello.scheduling.office.OfficeId;

/** Internal: the citizen did not come (a no-show). */
@Revision("1")
public record AppointmentMissed(AppointmentId appointmentId, RequestId requestId, OfficeId officeId, Instant start,
                                Instant requestedAt, Instant recordedAt) {
}
