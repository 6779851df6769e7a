package org.sportello.intake.contact;

import java.time.Instant;
import java.util.Objects;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Record a contact of a person who gave no name: counted, but part of no case. Checks what it
 * carries, as {@link RecordContact} does, and says who records it.
 */
public record RecordAnonymousContact(@TargetAggregateIdentifier ContactId contactId, ContactDetails details,
                                     Recorder recorder, Instant recordedAt) {

    public RecordAnonymousContact {
        Objects.requireNonNull(details, "details").checkComplete();
        Objects.requireNonNull(recorder, "recorder");
    }

    /** Recorded by the municipality's staff, as every contact was before partner desks recorded their own. */
    public RecordAnonymousContact(ContactId contactId, ContactDetails details, Instant recordedAt) {
        this(contactId, details, Recorder.OPERATOR, recordedAt);
    }
}
