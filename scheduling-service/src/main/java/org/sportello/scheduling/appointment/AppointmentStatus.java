package org.sportello.scheduling.appointment;

/** Where an appointment stands: booked until it is cancelled or its outcome is recorded, each once. */
public enum AppointmentStatus {
    BOOKED,
    CANCELLED,
    ATTENDED,
    MISSED
}
