package org.sportello.intake.appointment;

import java.util.UUID;

/** A scheduling appointment, by the id scheduling gave it ({@code AppointmentBooked.appointmentId}). */
public record AppointmentId(UUID value) {

    @Override
    public String toString() {
        return value.toString();
    }
}
