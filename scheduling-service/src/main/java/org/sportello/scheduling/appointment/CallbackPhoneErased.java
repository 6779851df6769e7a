package org.sportello.scheduling.appointment;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonIgnore;

import org.axonframework.serialization.Revision;
import org.sportello.platform.personaldata.Erasure;
import org.sportello.platform.personaldata.ErasureGround;
import org.sportello.platform.personaldata.SubjectId;

/**
 * Internal: an anonymous caller's callback number was erased (the request's data key shredded in the
 * same transaction) because the request is over: its appointment was attended, missed or cancelled
 * (recorded by the appointment), or the request was withdrawn before it was booked (recorded by the
 * request, with no {@code appointmentId}).
 * The number was kept only to call the person back about this appointment; once there is nothing
 * left to call about, keeping it has no purpose (GDPR art. 5(1)(e), erased on the ground
 * {@link ErasureGround#NO_LONGER_NECESSARY}). Implements {@link Erasure}, so the platform's erasure
 * log records it and re-applies it after a restore. Holds no personal data itself.
 *
 * @param appointmentId the appointment that ended; null when the request was withdrawn unbooked
 * @param reference what ended the request, e.g. {@code appointment 3f… CANCELLED} or {@code request 9a… WITHDRAWN}
 * @param erasedBy  {@value #ERASED_BY}: the rule erased, not a person
 */
@Revision("1")
public record CallbackPhoneErased(RequestId requestId, AppointmentId appointmentId, ErasureGround ground,
                                  String reference, String erasedBy, Instant erasedAt) implements Erasure {

    /** Who erases: the retention rule, as intake's retention names itself. */
    public static final String ERASED_BY = "retention";

    @Override
    @JsonIgnore
    public SubjectId subject() {
        return requestId.subject();
    }
}
