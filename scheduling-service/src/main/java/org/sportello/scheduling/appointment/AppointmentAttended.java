package org.sportello.scheduling.appointment;

import java.time.Instant;
import java.util.UUID;

import org.axonframework.serialization.Revision;
import org.sportello.scheduling.office.OfficeId;

/**
 * Internal: the citizen came. Scheduling records only this outcome: the interview itself (needs,
 * outcomes, notes) is a contact that the operator records at intake with channel {@code APPOINTMENT}
 * and this appointment's id (at most one contact per appointment, intake's rule). Reports count
 * contacts from intake and appointments from scheduling, so nothing is counted twice.
 */
@Revision("1")
public record AppointmentAttended(AppointmentId appointmentId, RequestId requestId, OfficeId officeId,
                                  UUID citizenId, Instant start, Instant requestedAt, Instant recordedAt) {
}
