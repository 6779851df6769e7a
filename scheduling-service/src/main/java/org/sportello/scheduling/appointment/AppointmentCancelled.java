package org.sportello.scheduling.appointment;

import java.time.Instant;

import org.axonframework.serialization.Revision;
import org.sportello.platform.personaldata.Personal;
import org.sportello.scheduling.office.OfficeId;

/**
 * Internal: the interview was called off and its slot freed. {@code reason} is the staff's free text
 * (it may say "in hospital"), kept for the office's own follow-up: personal data sealed under the
 * appointment's own key, shredded by {@link CancelReasonRetention}, never published; null when none
 * was given. Revision 2; {@link PlainCancelReasonUpcaster} reads revision 1, whose reason was plain.
 */
@Revision(AppointmentCancelled.REVISION)
public record AppointmentCancelled(AppointmentId appointmentId, RequestId requestId, OfficeId officeId,
                                   CancelledBy by, Personal<String> reason, Instant cancelledAt) {

    public static final String REVISION = "2";
}
