package org.sportello.scheduling.operator;

import java.time.DayOfWeek;
import java.time.LocalTime;

import org.sportello.scheduling.office.OfficeId;

/** A weekly window in which an operator works at an office, in local time (Europe/Rome). */
public record WeeklyAvailability(DayOfWeek dayOfWeek, LocalTime from, LocalTime to, OfficeId officeId) {

    boolean overlaps(WeeklyAvailability other) {
        return dayOfWeek == other.dayOfWeek && from.isBefore(other.to) && other.from.isBefore(to);
    }
}
