package org.sportello.platform.time;

import org.sportello.platform.problem.DomainException;

/**
 * A time given lies on the wrong side of something it must follow or precede: a booking before its
 * request, an answer before the referral was sent, consent given after the referral was sent.
 */
public class TimeOutOfOrder extends DomainException {

    /** The problem type: public API, so written once and never derived from the class name. */
    public static final String TYPE = "time-out-of-order";

    TimeOutOfOrder(String field, String detail) {
        super(TYPE, Kind.RULE_VIOLATION, field, detail);
    }
}
