package org.sportello.referral.referral;

import java.time.Duration;
import java.time.Instant;

/**
 * The rules for a time that staff give when they record something after the fact (a referral
 * sent on paper during an outage, a provider's answer taken by phone and typed in days later,
 * history from a municipality's previous system): when it happened is the time given, or the
 * server's clock when none is given. Checked against {@code now}, the server's clock when the
 * command was sent; stored events keep whatever was accepted then (STYLE.md 11).
 */
final class RecordedTime {

    /** Front-desk PCs' clocks drift; more than this ahead of the server is a typing error, not drift. */
    static final Duration CLOCK_TOLERANCE = Duration.ofMinutes(5);

    private RecordedTime() {
    }

    /** Something is recorded after it happened, never ahead of time. */
    static void notInFuture(String field, Instant at, Instant now) {
        if (at.isAfter(now.plus(CLOCK_TOLERANCE))) {
            throw new TimeInFuture(field, at, now);
        }
    }

    /** History older than {@code limit} is not typed in (a wrong year), whatever else it says. */
    static void notBackdatedBeyond(String field, Instant at, Instant now, Duration limit) {
        if (at.isBefore(now.minus(limit))) {
            throw new BackdatedTooFar(field, at, now, limit);
        }
    }

    /** Things happen in order: an answer after the referral was sent, a completion after the acceptance. */
    static void notBefore(String field, Instant at, String earlierField, Instant earlier) {
        if (at.isBefore(earlier)) {
            throw new TimeOutOfOrder(field, at, earlierField, earlier);
        }
    }
}
