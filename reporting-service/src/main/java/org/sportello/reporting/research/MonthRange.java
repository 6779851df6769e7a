package org.sportello.reporting.research;

import java.time.DateTimeException;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** The months a report covers, both included, as researchers ask for them ({@code from}, {@code to}). */
public record MonthRange(YearMonth from, YearMonth to) {

    /** Ten years: enough for any study, and it keeps one answer to a bounded size. */
    public static final int MAX_MONTHS = 120;
    private static final Pattern MONTH = Pattern.compile("\\d{4}-\\d{2}");

    public MonthRange {
        if (to.isBefore(from)) {
            throw new InvalidMonthRange("must not be before from (" + from + ")");
        }
        if (ChronoUnit.MONTHS.between(from, to) + 1 > MAX_MONTHS) {
            throw new InvalidMonthRange("must be at most " + MAX_MONTHS + " months from " + from + " (both included)");
        }
    }

    /** Every month of the range, in order. */
    public Stream<YearMonth> months() {
        return Stream.iterate(from, month -> !month.isAfter(to), month -> month.plusMonths(1));
    }

    /** The months of the range from {@code first} on (none when {@code first} is after it). */
    public long monthsFrom(YearMonth first) {
        YearMonth start = first.isAfter(from) ? first : from;
        return start.isAfter(to) ? 0 : ChronoUnit.MONTHS.between(start, to) + 1;
    }

    /** Reads the request parameters {@code from} and {@code to}, naming the one at fault. */
    public static MonthRange parse(String from, String to) {
        return new MonthRange(month("from", from), month("to", to));
    }

    private static YearMonth month(String field, String value) {
        // Exactly four digits for the year: months are stored and compared as YYYY-MM text.
        if (value == null || !MONTH.matcher(value).matches()) {
            throw new InvalidMonth(field, value);
        }
        try {
            return YearMonth.parse(value);
        } catch (DateTimeException e) {
            throw new InvalidMonth(field, value);
        }
    }
}
