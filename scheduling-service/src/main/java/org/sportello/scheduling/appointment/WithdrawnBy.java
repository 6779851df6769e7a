package org.sportello.scheduling.appointment;

/** Who withdrew a request that was not booked: the citizen (who no longer needs it) or the office. */
public enum WithdrawnBy {
    CITIZEN,
    OFFICE
}
