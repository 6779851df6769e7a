package org.sportello.reporting.appointments;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.stream.LongStream;

import org.junit.jupiter.api.Test;

class WaitsTest {

    private static final long DAY = 86_400;

    @Test
    void theMedianOfAnOddNumberOfWaitsIsTheMiddleOne() {
        assertThat(Waits.percentileDays(new long[] {DAY, 2 * DAY, 10 * DAY}, Waits.MEDIAN)).isEqualTo(days("2.0"));
    }

    @Test
    void theMedianOfAnEvenNumberOfWaitsIsTheMeanOfTheMiddleTwo() {
        assertThat(Waits.percentileDays(new long[] {DAY, 2 * DAY}, Waits.MEDIAN)).isEqualTo(days("1.5"));
        assertThat(Waits.percentileDays(new long[] {DAY, 2 * DAY, 4 * DAY, 30 * DAY}, Waits.MEDIAN))
                .isEqualTo(days("3.0"));
    }

    @Test
    void theNinetiethPercentileInterpolatesBetweenTheNearestTwoWaits() {
        long[] oneToTenDays = LongStream.rangeClosed(1, 10).map(day -> day * DAY).toArray();

        // Rank 0.9 × 9 = 8.1: the ninth wait (9 days) and a tenth of the way to the tenth (10 days).
        assertThat(Waits.percentileDays(oneToTenDays, Waits.P90)).isEqualTo(days("9.1"));
    }

    @Test
    void oneWaitIsEveryPercentile() {
        assertThat(Waits.percentileDays(new long[] {5 * DAY}, Waits.MEDIAN)).isEqualTo(days("5.0"));
        assertThat(Waits.percentileDays(new long[] {5 * DAY}, Waits.P90)).isEqualTo(days("5.0"));
    }

    @Test
    void daysHaveOneDecimalRoundedHalfUp() {
        // 1.125 days (27 hours) and 1.15 days.
        assertThat(Waits.percentileDays(new long[] {27 * 3600}, Waits.MEDIAN)).isEqualTo(days("1.1"));
        assertThat(Waits.percentileDays(new long[] {99_360}, Waits.MEDIAN)).isEqualTo(days("1.2"));
        assertThat(Waits.percentileDays(new long[] {0}, Waits.MEDIAN)).isEqualTo(days("0.0"));
    }

    @Test
    void noWaitsHaveNoPercentile() {
        assertThat(Waits.percentileDays(new long[0], Waits.MEDIAN)).isNull();
    }

    @Test
    void aWaitAcrossTheSpringChangeIsMeasuredOnTheOfficesClock() {
        // 10:00 on Friday 28 March 2025 (UTC+1) to 10:00 on Monday 31 March (UTC+2): 71 hours passed.
        assertThat(Waits.seconds(Instant.parse("2025-03-28T09:00:00Z"), Instant.parse("2025-03-31T08:00:00Z")))
                .isEqualTo(3 * DAY);
    }

    @Test
    void aWaitAcrossTheAutumnChangeIsMeasuredOnTheOfficesClock() {
        // 10:00 on Friday 24 October 2025 (UTC+2) to 10:00 on Monday 27 October (UTC+1): 73 hours passed.
        assertThat(Waits.seconds(Instant.parse("2025-10-24T08:00:00Z"), Instant.parse("2025-10-27T09:00:00Z")))
                .isEqualTo(3 * DAY);
    }

    @Test
    void anInterviewBeforeItsRequestIsANegativeWait() {
        assertThat(Waits.seconds(Instant.parse("2025-03-02T09:00:00Z"), Instant.parse("2025-03-01T09:00:00Z")))
                .isEqualTo(-DAY);
    }

    private static BigDecimal days(String value) {
        return new BigDecimal(value);
    }
}
