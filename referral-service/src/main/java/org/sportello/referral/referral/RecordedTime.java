package org.sportello.referral.referral;

import java.time.Duration;
import java.time.Instant;

/**
 * Times staff give for something that already happened (consent given, consent withdrawn):
 * checked against {@code now}, the server's clock when the command was sent.
 */
final class RecordedTime {

    /** Front-desk PCs' clocks drift; more than this ahead of the server is a typing error, not drift. */
    static final Duration CLOCK_TOLERANCE = Duration.ofMinutes(5);

    private RecordedTime() {
    }

    static void notInFuture(String field, Instant at, Instant now) {
        if (at.isAfter(now.plus(CLOCK_TOLERANCE))) {
            throw new TimeInFuture(field, at, now);
        }
    }
}
