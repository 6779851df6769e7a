package org.sportello.scheduling.appointment;

/** Who called an appointment off. */
public enum CancelledBy {
    CITIZEN,
    OFFICE
}
