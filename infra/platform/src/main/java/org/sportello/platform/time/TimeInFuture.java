package org.sportello.platform.time;

import java.time.Instant;

import org.sportello.platform.problem.DomainException;

/** A time given for something that already happened lies ahead of the server's clock (beyond its tolerance). */
public class TimeInFuture extends DomainException {

    /** The problem type: public API, so written once and never derived from the class name. */
    public static final String TYPE = "time-in-future";

    TimeInFuture(String field, Instant at, Instant now) {
        super(TYPE, Kind.RULE_VIOLATION, field, field + " " + at + " is more than "
                + RecordedTime.CLOCK_TOLERANCE.toMinutes() + " minutes after the time of recording (" + now + ")");
    }
}
