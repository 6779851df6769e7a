package org.sportello.contracts.scheduling.v1;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * An interview was booked for a request. Keyed by {@code appointmentId}.
 *
 * @param appointmentId the appointment's id; intake records the interview's contact with it
 * @param requestId     the request it answers (see {@link AppointmentRequested})
 * @param officeId      where the interview takes place
 * @param citizenId     the citizen's pseudonymous id, or null for an anonymous caller
 * @param start         when the interview starts, UTC
 * @param end           when it ends, UTC
 * @param operators     the staff booked, each in one of the required roles
 * @param requestedAt   when the citizen asked, UTC: the wait is {@code start - requestedAt}
 * @param bookedAt      when it was booked, UTC
 * @param recordedBy    who booked it (the token's pseudonymous {@code sub}); null when no caller did
 */
public record AppointmentBooked(UUID appointmentId, UUID requestId, String officeId, UUID citizenId, Instant start,
                                Instant end, List<Operator> operators, Instant requestedAt, Instant bookedAt,
                                String recordedBy) {

    public static final String TYPE = "sportello.scheduling.AppointmentBooked.v1";
}
