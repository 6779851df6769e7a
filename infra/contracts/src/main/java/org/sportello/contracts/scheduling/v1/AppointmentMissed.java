package org.sportello.contracts.scheduling.v1;

import java.time.Instant;
import java.util.UUID;

/**
 * The citizen did not come to the interview (a no-show). Keyed by {@code appointmentId}.
 *
 * @param appointmentId the appointment
 * @param officeId      where it was to take place
 * @param start         when the interview was booked to start, UTC
 * @param requestedAt   when the citizen asked, UTC
 * @param recordedAt    when the no-show was recorded, UTC
 * @param recordedBy    who recorded it (the token's pseudonymous {@code sub}); null when no caller did
 */
public record AppointmentMissed(UUID appointmentId, String officeId, Instant start, Instant requestedAt,
                                Instant recordedAt, String recordedBy) {

    public static final String TYPE = "sportello.scheduling.AppointmentMissed.v1";
}
