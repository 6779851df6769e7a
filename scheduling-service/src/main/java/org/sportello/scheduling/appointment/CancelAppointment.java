package org.sportello.scheduling.appointment;

import java.time.Instant;

import org.sportello.platform.personaldata.Personal;

/**
 * Handled by {@link AppointmentOutcomes}.
 *
 * @param reason      staff's free text, possibly about the citizen's health ("in hospital"): personal data, sealed
 *                    under the appointment's own key ({@link AppointmentId#subject()}); null when none was given
 * @param cancelledAt when it was called off: the time staff give when they record it after the fact, else {@code now}
 * @param now         the server's clock when the command was sent
 */
public record CancelAppointment(AppointmentId appointmentId, CancelledBy by, Personal<String> reason,
                                Instant cancelledAt, Instant now) {
}
