package org.sportello.scheduling.appointment;

import java.util.UUID;

import org.sportello.platform.personaldata.SubjectId;

/** A booked interview; intake records the interview's contact with this id. */
public record AppointmentId(UUID value) {

    public static AppointmentId random() {
        return new AppointmentId(UUID.randomUUID());
    }

    /**
     * A cancellation's reason is staff's free text about this appointment (it may say "in hospital"):
     * personal data of the appointment's own, under a data key of its own, so that it can be shredded
     * without touching anything else ({@link CancelReasonRetention}).
     */
    public SubjectId subject() {
        return SubjectId.of(value);
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
