package org.sportello.platform.json;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * Dates are years 1 to 9999. ISO-8601 lets a parser accept {@code -5000-01-01} or
 * {@code +10000-01-01}; PostgreSQL, the reports and every client with four-digit years do not
 * agree on such dates (a birth date of -5000 came back as -999999999), so none is ever recorded.
 */
final class YearRange {

    static final int FIRST = 1;
    static final int LAST = 9999;
    static final String REASON = "must be a date in the years " + FIRST + " to " + LAST;

    private static final Instant EARLIEST = LocalDate.of(FIRST, 1, 1).atStartOfDay(ZoneOffset.UTC).toInstant();
    private static final Instant AFTER_LATEST = LocalDate.of(LAST + 1, 1, 1).atStartOfDay(ZoneOffset.UTC).toInstant();

    private YearRange() {
    }

    static boolean contains(LocalDate date) {
        return date.getYear() >= FIRST && date.getYear() <= LAST;
    }

    static boolean contains(Instant instant) {
        return !instant.isBefore(EARLIEST) && instant.isBefore(AFTER_LATEST);
    }
}
