package org.sportello.contracts.scheduling.v1;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A citizen asked for an interview at an office: the start of the wait that reports measure.
 * Keyed by {@code requestId}.
 *
 * @param requestId       the request's id
 * @param officeId        the office asked
 * @param citizenId       the citizen's pseudonymous id, or null for an anonymous caller who left a
 *                        callback number (kept encrypted inside scheduling, never published)
 * @param requestedVia    how the request came in
 * @param requiredRoles   the roles that must all be present at the interview, at least one
 * @param durationMinutes how long the interview is planned to last
 * @param requestedAt     when the citizen asked, UTC
 * @param recordedBy      who recorded it (the token's pseudonymous {@code sub}); null when no caller did
 */
public record AppointmentRequested(UUID requestId, String officeId, UUID citizenId, RequestChannel requestedVia,
                                   List<OperatorRole> requiredRoles, int durationMinutes, Instant requestedAt,
                                   String recordedBy) {

    public static final String TYPE = "sportello.scheduling.AppointmentRequested.v1";
}
