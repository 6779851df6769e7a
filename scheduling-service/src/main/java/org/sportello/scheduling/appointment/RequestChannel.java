package org.sportello.scheduling.appointment;

/** How a citizen asked for an appointment. */
public enum RequestChannel {
    ONLINE,
    PHONE_LINE,
    DESK
}
