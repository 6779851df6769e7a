package org.sportello.contracts.scheduling.v1;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A booked interview moved to another slot, possibly with other staff. Keyed by {@code appointmentId}.
 *
 * @param appointmentId the appointment
 * @param officeId      where the interview takes place
 * @param start         the new start, UTC
 * @param end           the new end, UTC
 * @param operators     the staff now booked
 * @param rescheduledAt when it was moved, UTC
 * @param recordedBy    who moved it (the token's pseudonymous {@code sub}); null when no caller did
 */
public record AppointmentRescheduled(UUID appointmentId, String officeId, Instant start, Instant end,
                                     List<Operator> operators, Instant rescheduledAt, String recordedBy) {

    public static final String TYPE = "sportello.scheduling.AppointmentRescheduled.v1";
}
