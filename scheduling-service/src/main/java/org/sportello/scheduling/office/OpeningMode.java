package org.sportello.scheduling.office;

/** How citizens are received in an opening slot. */
public enum OpeningMode {
    WALK_IN,
    BY_APPOINTMENT,
    PHONE_LINE
}
