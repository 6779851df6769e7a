package org.sportello.intake.contact;

import java.time.Instant;

import org.sportello.platform.problem.DomainException;

public class ContactInFuture extends DomainException {

    ContactInFuture(Instant occurredAt, Instant recordedAt) {
        super("occurredAt", occurredAt + " is more than " + ContactDetails.CLOCK_TOLERANCE.toMinutes()
                + " minutes after the time of recording (" + recordedAt + ")");
    }

    @Override
    public Kind kind() {
        return Kind.RULE_VIOLATION;
    }
}
