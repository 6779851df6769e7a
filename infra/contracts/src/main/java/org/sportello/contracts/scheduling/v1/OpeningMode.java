package org.sportello.contracts.scheduling.v1;

/** How citizens are received in an opening slot. */
public enum OpeningMode {
    /** Anyone may come in without an appointment. */
    WALK_IN,
    /** Interviews booked beforehand. */
    BY_APPOINTMENT,
    /** A phone line is staffed (Corsico books appointments over it). */
    PHONE_LINE
}
