package org.sportello.reporting.research.indicators;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * How many episodes reached their first care outcome after how many days: the distribution, not
 * its median, so that a municipality's median is computed over its offices' episodes together
 * (medians do not add up) from a few grouped rows rather than from every episode.
 */
record DaysToCare(SortedMap<Integer, Long> episodesByDays) {

    static final DaysToCare NONE = new DaysToCare(new TreeMap<>());

    DaysToCare {
        episodesByDays = new TreeMap<>(episodesByDays);
    }

    static DaysToCare of(Map<Integer, Long> episodesByDays) {
        return new DaysToCare(new TreeMap<>(episodesByDays));
    }

    DaysToCare plus(DaysToCare other) {
        TreeMap<Integer, Long> sum = new TreeMap<>(episodesByDays);
        other.episodesByDays.forEach((days, episodes) -> sum.merge(days, episodes, Long::sum));
        return new DaysToCare(sum);
    }

    /** The episodes with a first care outcome: what the median and the 90th percentile are computed over. */
    long basis() {
        return episodesByDays.values().stream().mapToLong(Long::longValue).sum();
    }

    /**
     * The {@code fraction} percentile as PostgreSQL's {@code percentile_cont} computes it (linear
     * interpolation between the two nearest ranks), with one decimal; null when there is no episode.
     */
    BigDecimal percentile(double fraction) {
        long n = basis();
        if (n == 0) {
            return null;
        }
        double position = fraction * (n - 1);
        long lower = (long) Math.floor(position);
        long upper = (long) Math.ceil(position);
        double low = at(lower);
        double value = low + (position - lower) * (at(upper) - low);
        return BigDecimal.valueOf(value).setScale(1, RoundingMode.HALF_UP);
    }

    /** The value at {@code rank} (0-based) of the sorted days. */
    private int at(long rank) {
        long seen = 0;
        for (var entry : episodesByDays.entrySet()) {
            seen += entry.getValue();
            if (rank < seen) {
                return entry.getKey();
            }
        }
        throw new IndexOutOfBoundsException(rank);
    }
}
