package org.sportello.scheduling.appointment;

import java.time.Instant;
import java.util.List;

import org.axonframework.serialization.Revision;
import org.sportello.scheduling.office.OfficeId;

/** Internal: the interview moved to another slot, possibly with other staff. */
@Revision("1")
public record AppointmentRescheduled(AppointmentId appointmentId, OfficeId officeId, Instant start, Instant end,
                                     List<BookedOperator> operators, Instant rescheduledAt) {
}
