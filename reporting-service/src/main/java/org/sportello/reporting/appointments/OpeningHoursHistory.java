package org.sportello.reporting.appointments;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * An office's timetables over time: each set of weekly hours is in force from its date until the
 * next set's date (a later set replaces it from then on; the earlier stays for the dates before).
 *
 * <p>A month's hours open per week are the weekly hours in force on each of its days, averaged
 * over the month's days: Massa, at 6 hours a week until 15 March and 21 from 16 March, shows
 * (15 × 6 + 16 × 21) / 31 = 13.74 in March, 6 in February and 21 in April. A day before the first
 * set counts as closed. Closures (holidays, a day off) are not subtracted: the figure is the
 * timetable the office offers, comparable between months and offices, and a closure would
 * otherwise lower a week's hours even when it falls on a day the office never opens.
 * Hours are given with two decimals, so that quarter hours are exact.
 */
final class OpeningHoursHistory {

    private static final BigDecimal MINUTES_PER_HOUR = BigDecimal.valueOf(60);

    private final NavigableMap<LocalDate, WeeklyMinutes> sets;

    OpeningHoursHistory(Map<LocalDate, WeeklyMinutes> sets) {
        this.sets = new TreeMap<>(sets);
    }

    HoursOpenPerWeek in(YearMonth month) {
        long walkIn = 0;
        long byAppointment = 0;
        long phoneLine = 0;
        for (int day = 1; day <= month.lengthOfMonth(); day++) {
            Map.Entry<LocalDate, WeeklyMinutes> inForce = sets.floorEntry(month.atDay(day));
            if (inForce != null) {
                walkIn += inForce.getValue().walkIn();
                byAppointment += inForce.getValue().byAppointment();
                phoneLine += inForce.getValue().phoneLine();
            }
        }
        BigDecimal minutesInMonth = BigDecimal.valueOf(month.lengthOfMonth()).multiply(MINUTES_PER_HOUR);
        return new HoursOpenPerWeek(hours(walkIn, minutesInMonth), hours(byAppointment, minutesInMonth),
                hours(phoneLine, minutesInMonth));
    }

    private static BigDecimal hours(long weeklyMinutesOverDays, BigDecimal daysTimesSixty) {
        return BigDecimal.valueOf(weeklyMinutesOverDays).divide(daysTimesSixty, 2, RoundingMode.HALF_UP);
    }
}
