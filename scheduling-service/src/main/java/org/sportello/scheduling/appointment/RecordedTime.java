package org.sportello.scheduling.appointment;

import java.time.Duration;
import java.time.Instant;

/**
 * The rules for a time that staff give when they record something after the fact (a request taken
 * on paper during an outage, a booking from the previous system's agenda): when it happened is the
 * time given, or the server's clock when none is given. Checked by the command handlers and the
 * aggregates against {@code now}, the server's clock when the command was sent; stored events keep
 * whatever was accepted then (STYLE.md 11).
 */
final class RecordedTime {

    /** Clocks of front-desk PCs drift; more than this ahead of the server is a typing error, not drift (as intake's contacts). */
    static final Duration CLOCK_TOLERANCE = Duration.ofMinutes(5);

    private RecordedTime() {
    }

    /** Something is recorded after it happened, never ahead of time. */
    static void notInFuture(String field, Instant at, Instant now) {
        if (at.isAfter(now.plus(CLOCK_TOLERANCE))) {
            throw new TimeInFuture(field, at, now);
        }
    }

    /** Things happen in order: a booking after its request, a cancellation after its booking. */
    static void notBefore(String field, Instant at, String earlierField, Instant earlier) {
        if (at.isBefore(earlier)) {
            throw new TimeOutOfOrder(field, at, earlierField, earlier);
        }
    }
}
