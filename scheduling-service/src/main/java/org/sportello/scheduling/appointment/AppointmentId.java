package org.sportello.scheduling.appointment;

import java.util.UUID;

/** A booked interview; intake records the interview's contact with this id. */
public record AppointmentId(UUID value) {

    public static AppointmentId random() {
        return new AppointmentId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
