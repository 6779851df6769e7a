package org.sportello.scheduling.appointment;

import java.time.Instant;

import org.sportello.platform.problem.DomainException;

/** A time given comes before what it follows: a booking before its request, a cancellation before its booking. */
public class TimeOutOfOrder extends DomainException {

    /** The problem type: public API, so written once and never derived from the class name. */
    public static final String TYPE = "time-out-of-order";

    TimeOutOfOrder(String field, Instant at, String earlierField, Instant earlier) {
        super(TYPE, Kind.RULE_VIOLATION, field, field + " " + at + " is before " + earlierField + " " + earlier);
    }
}
