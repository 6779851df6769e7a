package org.sportello.contracts.scheduling.v1;

/** How a citizen asked for an appointment. */
public enum RequestChannel {
    ONLINE,
    PHONE_LINE,
    DESK
}
