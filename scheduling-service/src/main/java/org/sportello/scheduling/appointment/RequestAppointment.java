package org.sportello.scheduling.appointment;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.sportello.platform.personaldata.Personal;
import org.sportello.scheduling.office.OfficeId;
import org.sportello.scheduling.operator.OperatorRole;

/**
 * Handled by {@link AppointmentRequesting}: answers the free slots found, none when the request joined the waiting list.
 *
 * @param requestedAt when the citizen asked: the time staff give when they record it after the fact, else {@code now}
 * @param now         the server's clock when the command was sent
 */
public record RequestAppointment(RequestId requestId, OfficeId officeId, UUID citizenId, Personal<String> callbackPhone,
                                 RequestChannel requestedVia, List<OperatorRole> requiredRoles, int durationMinutes,
                                 Instant requestedAt, Instant now) {
}
