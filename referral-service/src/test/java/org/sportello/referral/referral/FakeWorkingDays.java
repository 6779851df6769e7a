package org.sportello.referral.referral;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.sportello.referral.calendar.WorkingDays;

/** Weekdays in Europe/Rome, no holidays: enough to see the referral use the calendar's answer. */
final class FakeWorkingDays implements WorkingDays {

    static final ZoneId ROME = ZoneId.of("Europe/Rome");

    @Override
    public LocalDate dueBy(Instant from, int workingDays) {
        LocalDate day = from.atZone(ROME).toLocalDate();
        for (int left = workingDays; left > 0; ) {
            day = day.plusDays(1);
            if (day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY) {
                left--;
            }
        }
        return day;
    }

    @Override
    public Instant passedAt(LocalDate dueBy) {
        return dueBy.plusDays(1).atStartOfDay(ROME).toInstant();
    }
}
