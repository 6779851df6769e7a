package org.sportello.contracts.scheduling.v1;

import java.time.Instant;
import java.util.UUID;

/**
 * A booked interview was called off; its slot is free again. The free-text reason stays inside
 * scheduling. Keyed by {@code appointmentId}.
 *
 * @param appointmentId the appointment
 * @param officeId      where it would have taken place
 * @param by            who called it off
 * @param cancelledAt   when, UTC
 * @param recordedBy    who recorded it (the token's pseudonymous {@code sub}); null when no caller did
 */
public record AppointmentCancelled(UUID appointmentId, String officeId, CancelledBy by, Instant cancelledAt,
                                   String recordedBy) {

    public static final String TYPE = "sportello.scheduling.AppointmentCancelled.v1";
}
