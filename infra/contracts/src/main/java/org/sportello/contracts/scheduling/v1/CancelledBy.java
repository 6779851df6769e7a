package org.sportello.contracts.scheduling.v1;

/** Who called an appointment off. */
public enum CancelledBy {
    CITIZEN,
    OFFICE
}
