package org.sportello.scheduling.appointment;

import java.time.Instant;

import org.axonframework.serialization.Revision;
import org.sportello.scheduling.office.OfficeId;

/**
 * Internal: the interview was called off and its slot freed. {@code reason} is the staff's free text,
 * kept for the office's own follow-up and never published.
 */
@Revision("1")
public record AppointmentCancelled(AppointmentId appointmentId, RequestId requestId, OfficeId officeId,
                                   CancelledBy by, String reason, Instant cancelledAt) {
}
