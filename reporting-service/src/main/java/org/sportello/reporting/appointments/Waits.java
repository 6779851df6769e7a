package org.sportello.reporting.appointments;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;

import org.sportello.reporting.research.ReportingMonth;

/**
 * Waits from request to interview, and their percentiles, in days.
 *
 * <p>A wait is measured on the office's clock (Europe/Rome): asked at 10:00 on Friday 28 March
 * 2025, seen at 10:00 on Monday 31 March, the citizen waited 3.0 days, although the clocks went
 * forward in between and 71 hours passed. Days are given with one decimal (2.4 hours each).
 *
 * <p>Percentiles interpolate linearly between the two nearest waits (the usual definition: R's
 * default, type 7, and PostgreSQL's {@code percentile_cont}): the median of an even number of
 * waits is the mean of the middle two.
 */
final class Waits {

    static final BigDecimal MEDIAN = new BigDecimal("0.5");
    static final BigDecimal P90 = new BigDecimal("0.9");
    private static final BigDecimal SECONDS_PER_DAY = BigDecimal.valueOf(86_400);

    private Waits() {
    }

    /** Seconds from {@code requestedAt} to {@code start}, on the office's clock; negative when start is earlier. */
    static long seconds(Instant requestedAt, Instant start) {
        return Duration.between(requestedAt.atZone(ReportingMonth.ZONE).toLocalDateTime(),
                start.atZone(ReportingMonth.ZONE).toLocalDateTime()).toSeconds();
    }

    /** The {@code p} percentile of {@code sortedSeconds} (ascending) in days, one decimal; null when there are none. */
    static BigDecimal percentileDays(long[] sortedSeconds, BigDecimal p) {
        if (sortedSeconds.length == 0) {
            return null;
        }
        BigDecimal rank = p.multiply(BigDecimal.valueOf(sortedSeconds.length - 1L));
        int below = rank.intValue();
        BigDecimal fraction = rank.subtract(BigDecimal.valueOf(below));
        BigDecimal seconds = BigDecimal.valueOf(sortedSeconds[below]);
        if (fraction.signum() > 0) {
            seconds = seconds.add(fraction.multiply(BigDecimal.valueOf(sortedSeconds[below + 1] - sortedSeconds[below])));
        }
        return seconds.divide(SECONDS_PER_DAY, 1, RoundingMode.HALF_UP);
    }
}
