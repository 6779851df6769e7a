package org.sportello.referral.referral;

import java.time.Instant;

import org.sportello.platform.problem.DomainException;

/** A time given lies before something it must follow: consent withdrawn before the referral was sent. */
public class TimeOutOfOrder extends DomainException {

    /** The problem type: public API, so written once and never derived from the class name. */
    public static final String TYPE = "time-out-of-order";

    TimeOutOfOrder(String field, Instant at, String earlier, Instant earlierAt) {
        super(TYPE, Kind.RULE_VIOLATION, field, field + " " + at + " is before " + earlier + " " + earlierAt);
    }
}
