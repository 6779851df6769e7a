package org.sportello.intake.contact;

import java.time.Instant;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Record a contact of a person who gave no name: counted, but part of no case. */
public record RecordAnonymousContact(@TargetAggregateIdentifier ContactId contactId, ContactDetails details,
                                     Instant recordedAt) {
}
