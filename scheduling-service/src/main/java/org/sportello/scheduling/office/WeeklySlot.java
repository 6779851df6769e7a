package org.sportello.scheduling.office;

import java.time.DayOfWeek;
import java.time.LocalTime;

/**
 * A weekly opening slot in local time (Europe/Rome). Stored in events, so it never validates:
 * {@link Office} checks the slots of a new set.
 */
public record WeeklySlot(DayOfWeek dayOfWeek, LocalTime from, LocalTime to, OpeningMode mode) {

    boolean overlaps(WeeklySlot other) {
        return dayOfWeek == other.dayOfWeek && from.isBefore(other.to) && other.from.isBefore(to);
    }
}
