package org.sportello.referral.referral;

import java.time.Instant;

import org.sportello.platform.problem.DomainException;

/**
 * A time given lies on the wrong side of something it must follow or precede: an answer before the
 * referral was sent, a completion before the acceptance, consent given after the referral was sent.
 */
public class TimeOutOfOrder extends DomainException {

    /** The problem type: public API, so written once and never derived from the class name. */
    public static final String TYPE = "time-out-of-order";

    /** {@code field} at {@code at} comes before {@code earlier} at {@code earlierAt}, which it must follow. */
    TimeOutOfOrder(String field, Instant at, String earlier, Instant earlierAt) {
        this(field, field + " " + at + " is before " + earlier + " " + earlierAt);
    }

    private TimeOutOfOrder(String field, String detail) {
        super(TYPE, Kind.RULE_VIOLATION, field, detail);
    }

    /** {@code field} at {@code at} comes after {@code later} at {@code laterAt}, which it must precede. */
    static TimeOutOfOrder after(String field, Instant at, String later, Instant laterAt) {
        return new TimeOutOfOrder(field, field + " " + at + " is after " + later + " " + laterAt);
    }
}
