package org.sportello.referral.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;

import org.junit.jupiter.api.Test;

/** Deadlines in working days under Italy's calendar, counted in Europe/Rome. */
class ItalianWorkingDaysTest {

    private final ItalianWorkingDays days = new ItalianWorkingDays();

    /** Mid-morning in Rome on {@code date}. */
    private static Instant morningOf(String date) {
        return LocalDate.parse(date).atTime(LocalTime.of(10, 0)).atZone(ItalianWorkingDays.ZONE).toInstant();
    }

    @Test
    void theDayItselfDoesNotCountAndWeekendsAreSkipped() {
        // Friday 9 January 2026
        assertThat(days.dueBy(morningOf("2026-01-09"), 1)).isEqualTo("2026-01-12");
        assertThat(days.dueBy(morningOf("2026-01-09"), 5)).isEqualTo("2026-01-16");
        assertThat(days.dueBy(morningOf("2026-01-10"), 1)).as("from a Saturday").isEqualTo("2026-01-12");
    }

    @Test
    void easterMondayIsNotAWorkingDay() {
        // Easter 2026 is 5 April: from Thursday 2 April, Friday 3 counts, Monday 6 does not.
        assertThat(days.isWorkingDay(LocalDate.parse("2026-04-06"))).isFalse();
        assertThat(days.dueBy(morningOf("2026-04-02"), 2)).isEqualTo("2026-04-07");
    }

    @Test
    void liberationDayIsNotAWorkingDay() {
        // 25 April 2025 was a Friday.
        assertThat(days.isWorkingDay(LocalDate.parse("2025-04-25"))).isFalse();
        assertThat(days.dueBy(morningOf("2025-04-24"), 1)).isEqualTo("2025-04-28");
    }

    @Test
    void republicDayIsNotAWorkingDay() {
        // 2 June 2026 is a Tuesday.
        assertThat(days.dueBy(morningOf("2026-06-01"), 1)).isEqualTo("2026-06-03");
    }

    @Test
    void saintFrancisIsAHolidayAgainFrom2026() {
        assertThat(days.isWorkingDay(LocalDate.parse("2023-10-04"))).as("a Wednesday before the law restored it").isTrue();
        // 4 October 2027 is a Monday.
        assertThat(days.isWorkingDay(LocalDate.parse("2027-10-04"))).isFalse();
        assertThat(days.dueBy(morningOf("2027-10-01"), 1)).isEqualTo("2027-10-05");
    }

    @Test
    void christmasAndSaintStephenAreNotWorkingDays() {
        // 2025: Christmas on a Thursday, St Stephen on a Friday.
        assertThat(days.dueBy(morningOf("2025-12-24"), 1)).isEqualTo("2025-12-29");
        assertThat(days.isWorkingDay(LocalDate.parse("2025-12-26"))).isFalse();
    }

    @Test
    void deadlineAcrossTheYearEndSkipsNewYearAndEpiphany() {
        // From Wednesday 30 December 2026: 31, then 1 January (Friday) is a holiday, the weekend,
        // Monday 4, Tuesday 5, Epiphany on Wednesday 6, Thursday 7.
        assertThat(days.dueBy(morningOf("2026-12-30"), 2)).isEqualTo("2027-01-04");
        assertThat(days.dueBy(morningOf("2026-12-30"), 4)).isEqualTo("2027-01-07");
    }

    @Test
    void theDayIsRomesNotUtcs() {
        // 23:30 UTC on Thursday 8 January 2026 is already Friday in Rome.
        assertThat(days.dueBy(Instant.parse("2026-01-08T23:30:00Z"), 1)).isEqualTo("2026-01-12");
        // 22:30 UTC on Thursday 9 July 2026 is already Friday in Rome (summer time).
        assertThat(days.dueBy(Instant.parse("2026-07-09T22:30:00Z"), 1)).isEqualTo("2026-07-13");
    }

    @Test
    void aDeadlinePassesAtRomesMidnightAcrossTheClockChanges() {
        assertThat(days.passedAt(LocalDate.parse("2026-01-12"))).isEqualTo("2026-01-12T23:00:00Z");
        // Summer time starts on Sunday 29 March 2026: the next midnight is at 22:00 UTC.
        assertThat(days.passedAt(LocalDate.parse("2026-03-28"))).isEqualTo("2026-03-28T23:00:00Z");
        assertThat(days.passedAt(LocalDate.parse("2026-03-29"))).isEqualTo("2026-03-29T22:00:00Z");
        // It ends on Sunday 25 October 2026.
        assertThat(days.passedAt(LocalDate.parse("2026-10-24"))).isEqualTo("2026-10-24T22:00:00Z");
        assertThat(days.passedAt(LocalDate.parse("2026-10-25"))).isEqualTo("2026-10-25T23:00:00Z");
    }

    @Test
    void aSundayInstantOnTheDayTheClocksGoForwardCountsFromThatSunday() {
        // 00:30 in Rome on Sunday 29 March 2026 (still winter time).
        assertThat(days.dueBy(Instant.parse("2026-03-28T23:30:00Z"), 1)).isEqualTo("2026-03-30");
    }
}
