package org.sportello.contracts.scheduling.v1;

import java.time.DayOfWeek;
import java.time.LocalTime;

/**
 * A weekly opening slot, in the office's local time (Europe/Rome).
 *
 * @param dayOfWeek e.g. {@code MONDAY}
 * @param from      local start time, e.g. {@code 09:00}
 * @param to        local end time, after {@code from}, on the same day
 * @param mode      how citizens are received
 */
public record WeeklySlot(DayOfWeek dayOfWeek, LocalTime from, LocalTime to, OpeningMode mode) {
}
