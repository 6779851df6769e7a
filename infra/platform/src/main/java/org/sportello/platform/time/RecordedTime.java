package org.sportello.platform.time;

import java.time.Duration;
import java.time.Instant;

/**
 * The rules for a time that staff give when they record something after the fact: a request or a
 * referral taken on paper during an outage, a provider's answer taken by phone and typed in days
 * later, history from a municipality's previous system. When it happened is the time given, or the
 * server's clock when none is given. Command handlers and aggregates check it against {@code now},
 * the server's clock when the command was sent; stored events keep whatever was accepted then
 * (STYLE.md 11). Each refusal is a 422 naming the field.
 */
public final class RecordedTime {

    /** Clocks of front-desk PCs drift; more than this ahead of the server is a typing error, not drift (as intake's contacts). */
    public static final Duration CLOCK_TOLERANCE = Duration.ofMinutes(5);

    private RecordedTime() {
    }

    /** Something is recorded after it happened, never ahead of time. */
    public static void notInFuture(String field, Instant at, Instant now) {
        if (at.isAfter(now.plus(CLOCK_TOLERANCE))) {
            throw new TimeInFuture(field, at, now);
        }
    }

    /**
     * History older than {@code limit} (a service's backdating limit) is not typed in: a wrong year
     * (1025 for 2025), or an import that should be planned, whatever else it says.
     */
    public static void notBackdatedBeyond(String field, Instant at, Instant now, Duration limit) {
        if (at.isBefore(now.minus(limit))) {
            throw new BackdatedTooFar(field, at, now, limit);
        }
    }

    /** Things happen in order: a booking after its request, an answer after the referral was sent. */
    public static void notBefore(String field, Instant at, String earlierField, Instant earlier) {
        if (at.isBefore(earlier)) {
            throw new TimeOutOfOrder(field, field + " " + at + " is before " + earlierField + " " + earlier);
        }
    }

    /**
     * Things happen in order, within the clocks' drift: consent given before the referral it allows
     * was sent ({@code later}), or at most {@link #CLOCK_TOLERANCE} after it by another PC's clock.
     */
    public static void notAfter(String field, Instant at, String laterField, Instant later) {
        if (at.isAfter(later.plus(CLOCK_TOLERANCE))) {
            throw new TimeOutOfOrder(field, field + " " + at + " is after " + laterField + " " + later);
        }
    }
}
