package org.sportello.intake.contact;

import java.time.Instant;
import java.util.Objects;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Record a contact of a person who gave no name: counted, but part of no case. Checks what it
 * carries, as {@link RecordContact} does.
 */
public record RecordAnonymousContact(@TargetAggregateIdentifier ContactId contactId, ContactDetails details,
                                     Instant recordedAt) {

    public RecordAnonymousContact {
        Objects.requireNonNull(details, "details").checkComplete();
    }
}
