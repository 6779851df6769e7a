package org.sportello.reporting.research;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.YearMonth;

import org.junit.jupiter.api.Test;

class ReportingMonthTest {

    @Test
    void aContactLateOnTheLastDayOfJanuaryInUtcIsInFebruaryInRome() {
        assertThat(ReportingMonth.of(Instant.parse("2025-01-31T23:30:00Z"))).isEqualTo(YearMonth.of(2025, 2));
    }

    @Test
    void winterMonthsTurnAtElevenPmUtc() {
        assertThat(ReportingMonth.of(Instant.parse("2025-01-31T22:59:59Z"))).isEqualTo(YearMonth.of(2025, 1));
        assertThat(ReportingMonth.of(Instant.parse("2025-01-31T23:00:00Z"))).isEqualTo(YearMonth.of(2025, 2));
    }

    @Test
    void summerMonthsTurnAtTenPmUtcBecauseOfDaylightSavingTime() {
        assertThat(ReportingMonth.of(Instant.parse("2025-06-30T21:59:59Z"))).isEqualTo(YearMonth.of(2025, 6));
        assertThat(ReportingMonth.of(Instant.parse("2025-06-30T22:00:00Z"))).isEqualTo(YearMonth.of(2025, 7));
    }

    @Test
    void theLastDayOfMarchIsAlreadyInSummerTime() {
        // Summer time began on 30 March 2025, so 31 March ends at 22:00 UTC, not 23:00.
        assertThat(ReportingMonth.of(Instant.parse("2025-03-31T21:59:59Z"))).isEqualTo(YearMonth.of(2025, 3));
        assertThat(ReportingMonth.of(Instant.parse("2025-03-31T22:30:00Z"))).isEqualTo(YearMonth.of(2025, 4));
    }

    @Test
    void theLastDayOfOctoberIsBackInWinterTime() {
        // Summer time ended on 26 October 2025, so 31 October ends at 23:00 UTC.
        assertThat(ReportingMonth.of(Instant.parse("2025-10-31T22:30:00Z"))).isEqualTo(YearMonth.of(2025, 10));
        assertThat(ReportingMonth.of(Instant.parse("2025-10-31T23:00:00Z"))).isEqualTo(YearMonth.of(2025, 11));
    }
}
