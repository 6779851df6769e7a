package org.sportello.contracts.scheduling.v1;

import java.time.Instant;
import java.util.UUID;

/**
 * The citizen came to the interview. Keyed by {@code appointmentId}. The interview itself (needs,
 * outcomes) is a contact that intake records with this {@code appointmentId}; reports count contacts
 * from intake and appointments from here, so neither is counted twice.
 *
 * @param appointmentId the appointment
 * @param officeId      where it took place
 * @param citizenId     the citizen's pseudonymous id, or null for an anonymous caller
 * @param start         when the interview was booked to start, UTC
 * @param requestedAt   when the citizen asked, UTC: the wait from request to interview is
 *                      {@code start - requestedAt}
 * @param recordedAt    when the attendance was recorded, UTC
 * @param recordedBy    who recorded it (the token's pseudonymous {@code sub}); null when no caller did
 */
public record AppointmentAttended(UUID appointmentId, String officeId, UUID citizenId, Instant start,
                                  Instant requestedAt, Instant recordedAt, String recordedBy) {

    public static final String TYPE = "sportello.scheduling.AppointmentAttended.v1";
}
