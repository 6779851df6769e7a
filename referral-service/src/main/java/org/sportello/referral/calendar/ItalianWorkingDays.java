package org.sportello.referral.calendar;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import de.focus_shift.jollyday.core.HolidayCalendar;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.ManagerParameters;
import org.springframework.stereotype.Component;

/**
 * Working days under Italy's national calendar (jollyday's, kept up to date by that project: Easter
 * Monday, 25 April, 2 June, 4 October restored from 2026...), counted in Europe/Rome. Local patron
 * saints' days are not national holidays and do not count: a provider serves several municipalities,
 * each with its own.
 */
@Component
public class ItalianWorkingDays implements WorkingDays {

    /** Where every deadline is counted: the offices' and the providers' zone. */
    public static final ZoneId ZONE = ZoneId.of("Europe/Rome");

    private final HolidayManager holidays = HolidayManager.getInstance(ManagerParameters.create(HolidayCalendar.ITALY));

    @Override
    public LocalDate dueBy(Instant from, int workingDays) {
        if (workingDays < 1) {
            throw new IllegalArgumentException("a deadline is at least one working day, not " + workingDays);
        }
        LocalDate day = LocalDate.ofInstant(from, ZONE);
        int counted = 0;
        while (counted < workingDays) {
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
                counted++;
            }
        }
        return day;
    }

    @Override
    public Instant passedAt(LocalDate dueBy) {
        // The start of the next day in Rome: 23:00 or 22:00 UTC depending on the season.
        return dueBy.plusDays(1).atStartOfDay(ZONE).toInstant();
    }

    /** Monday to Friday and not a national public holiday. */
    public boolean isWorkingDay(LocalDate day) {
        DayOfWeek weekday = day.getDayOfWeek();
        return weekday != DayOfWeek.SATURDAY && weekday != DayOfWeek.SUNDAY && !holidays.isHoliday(day);
    }
}
