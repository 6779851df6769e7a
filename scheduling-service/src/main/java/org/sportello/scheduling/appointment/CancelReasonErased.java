package org.sportello.scheduling.appointment;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonIgnore;

import org.axonframework.serialization.Revision;
import org.sportello.platform.personaldata.Erasure;
import org.sportello.platform.personaldata.ErasureGround;
import org.sportello.platform.personaldata.SubjectId;

/**
 * Internal: a cancelled appointment's reason was erased (the appointment's data key shredded in the
 * same transaction) because it has served: staff read it to follow the cancellation up, for
 * {@code sportello.scheduling.cancel-reason-retention} after it; after that nothing needs it, and
 * free text that may speak of someone's health is not kept without a purpose (GDPR art. 5(1)(e),
 * {@link ErasureGround#NO_LONGER_NECESSARY}). Implements {@link Erasure}, so the platform's erasure
 * log records it and re-applies it after a restore. Holds no personal data itself.
 *
 * @param reference why, e.g. {@code cancelled 2026-01-10T09:00:00Z, kept P90D}
 * @param erasedBy  {@value CallbackPhoneErased#ERASED_BY}: the rule erased, not a person
 */
@Revision("1")
public record CancelReasonErased(AppointmentId appointmentId, ErasureGround ground, String reference,
                                 String erasedBy, Instant erasedAt) implements Erasure {

    @Override
    @JsonIgnore
    public SubjectId subject() {
        return appointmentId.subject();
    }
}
