package org.sportello.reporting.appointments;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;

import org.junit.jupiter.api.Test;

class OpeningHoursHistoryTest {

    private static final WeeklyMinutes SIX_HOURS = new WeeklyMinutes(0, 6 * 60, 0);
    private static final WeeklyMinutes TWENTY_ONE_HOURS = new WeeklyMinutes(3 * 60, 15 * 60, 3 * 60);

    @Test
    void aMonthUnderOneTimetableShowsItsWeeklyHours() {
        OpeningHoursHistory massa = new OpeningHoursHistory(Map.of(LocalDate.of(2024, 1, 1), SIX_HOURS));

        assertThat(massa.in(YearMonth.of(2025, 2))).isEqualTo(hours("0.00", "6.00", "0.00"));
        // Five Mondays or four, the timetable's week is the same.
        assertThat(massa.in(YearMonth.of(2025, 3))).isEqualTo(hours("0.00", "6.00", "0.00"));
    }

    @Test
    void aTimetableChangedOnTheFirstShowsTheOldInTheMonthBeforeAndTheNewFromThen() {
        OpeningHoursHistory massa = new OpeningHoursHistory(Map.of(
                LocalDate.of(2024, 1, 1), SIX_HOURS, LocalDate.of(2025, 3, 1), TWENTY_ONE_HOURS));

        assertThat(massa.in(YearMonth.of(2025, 2))).isEqualTo(hours("0.00", "6.00", "0.00"));
        assertThat(massa.in(YearMonth.of(2025, 3))).isEqualTo(hours("3.00", "15.00", "3.00"));
    }

    @Test
    void aTimetableChangedMidMonthIsAveragedOverTheMonthsDays() {
        OpeningHoursHistory massa = new OpeningHoursHistory(Map.of(
                LocalDate.of(2024, 1, 1), SIX_HOURS, LocalDate.of(2025, 4, 16), TWENTY_ONE_HOURS));

        // April has 30 days: 15 at 6 hours by appointment, 15 at 15.
        assertThat(massa.in(YearMonth.of(2025, 4))).isEqualTo(hours("1.50", "10.50", "1.50"));
        assertThat(massa.in(YearMonth.of(2025, 5))).isEqualTo(hours("3.00", "15.00", "3.00"));
    }

    @Test
    void theMonthTheClocksGoForwardIsAveragedOverItsCalendarDays() {
        // Summer time began on Sunday 30 March 2025: the month still has 31 days, 29 before the change.
        OpeningHoursHistory massa = new OpeningHoursHistory(Map.of(
                LocalDate.of(2024, 1, 1), SIX_HOURS, LocalDate.of(2025, 3, 30), TWENTY_ONE_HOURS));

        // By appointment: (29 × 6 + 2 × 15) / 31 = 6.58; walk-in: 2 × 3 / 31 = 0.19.
        assertThat(massa.in(YearMonth.of(2025, 3))).isEqualTo(hours("0.19", "6.58", "0.19"));
    }

    @Test
    void theMonthTheClocksGoBackIsAveragedOverItsCalendarDays() {
        // Winter time began on Sunday 26 October 2025; the new hours from Monday 27: 26 days of 31 at 6.
        OpeningHoursHistory massa = new OpeningHoursHistory(Map.of(
                LocalDate.of(2024, 1, 1), SIX_HOURS, LocalDate.of(2025, 10, 27), TWENTY_ONE_HOURS));

        // By appointment: (26 × 6 + 5 × 15) / 31 = 7.45.
        assertThat(massa.in(YearMonth.of(2025, 10)).byAppointment()).isEqualTo(new BigDecimal("7.45"));
    }

    @Test
    void daysBeforeTheFirstTimetableCountAsClosed() {
        OpeningHoursHistory opened = new OpeningHoursHistory(Map.of(LocalDate.of(2025, 2, 15), SIX_HOURS));

        assertThat(opened.in(YearMonth.of(2025, 1))).isEqualTo(hours("0.00", "0.00", "0.00"));
        // 14 of February's 28 days.
        assertThat(opened.in(YearMonth.of(2025, 2))).isEqualTo(hours("0.00", "3.00", "0.00"));
    }

    @Test
    void anEmptyTimetableClosesTheOffice() {
        OpeningHoursHistory closed = new OpeningHoursHistory(Map.of(
                LocalDate.of(2025, 1, 1), SIX_HOURS, LocalDate.of(2025, 2, 1), WeeklyMinutes.CLOSED));

        assertThat(closed.in(YearMonth.of(2025, 2))).isEqualTo(hours("0.00", "0.00", "0.00"));
    }

    @Test
    void anOfficeWithNoTimetableIsClosed() {
        assertThat(new OpeningHoursHistory(Map.of()).in(YearMonth.of(2025, 2))).isEqualTo(hours("0.00", "0.00", "0.00"));
    }

    private static HoursOpenPerWeek hours(String walkIn, String byAppointment, String phoneLine) {
        return new HoursOpenPerWeek(new BigDecimal(walkIn), new BigDecimal(byAppointment), new BigDecimal(phoneLine));
    }
}
