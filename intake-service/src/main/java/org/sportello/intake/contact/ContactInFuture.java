package org.sportello.intake.contact;

import java.time.Instant;

import org.sportello.platform.problem.DomainException;

public class ContactInFuture extends DomainException {

    /** The problem type: public API, so written once and never derived from the class name. */
    public static final String TYPE = "contact-in-future";

    ContactInFuture(Instant occurredAt, Instant recordedAt) {
        super(TYPE, Kind.RULE_VIOLATION, "occurredAt", occurredAt + " is more than " + ContactDetails.CLOCK_TOLERANCE.toMinutes()
                + " minutes after the time of recording (" + recordedAt + ")");
    }
}
