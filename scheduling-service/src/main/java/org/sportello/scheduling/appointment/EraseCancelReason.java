package org.sportello.scheduling.appointment;

import java.time.Instant;

/** Handled by {@link AppointmentOutcomes}: sent by {@link CancelReasonRetention} once a cancellation's reason has served. */
public record EraseCancelReason(AppointmentId appointmentId, String reference, Instant now) {
}
