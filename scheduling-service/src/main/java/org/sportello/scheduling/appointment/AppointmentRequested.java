package org.sportello.scheduling.appointment;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.axonframework.serialization.Revision;
import org.sportello.platform.personaldata.Personal;
import org.sportello.scheduling.office.OfficeId;
import org.sportello.scheduling.operator.OperatorRole;

/**
 * Internal: a citizen asked for an interview. {@code citizenId} is null for an anonymous caller, who
 * left {@code callbackPhone} instead (sealed under the request's own key, never published); exactly
 * one of the two is given.
 */
@Revision("1")
public record AppointmentRequested(RequestId requestId, OfficeId officeId, UUID citizenId,
                                   Personal<String> callbackPhone, RequestChannel requestedVia,
                                   List<OperatorRole> requiredRoles, int durationMinutes, Instant requestedAt) {
}
