package org.sportello.scheduling.time;

import java.time.Duration;
import java.time.Instant;

/**
 * A stretch of time from {@code start} (included) to {@code end} (excluded), in instants, so that a
 * window across a daylight-saving change still has its true length.
 */
public record TimeWindow(Instant start, Instant end) {

    public TimeWindow {
        if (start == null || end == null || !end.isAfter(start)) {
            throw new IllegalArgumentException("a time window ends after it starts: " + start + " to " + end);
        }
    }

    public boolean overlaps(TimeWindow other) {
        return start.isBefore(other.end) && other.start.isBefore(end);
    }

    public boolean contains(TimeWindow other) {
        return !other.start.isBefore(start) && !other.end.isAfter(end);
    }

    public Duration length() {
        return Duration.between(start, end);
    }
}
