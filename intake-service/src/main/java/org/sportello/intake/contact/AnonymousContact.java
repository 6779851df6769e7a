package org.sportello.intake.contact;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

/** A contact with no citizen: its own short history, since it belongs to no case. */
@Aggregate
public class AnonymousContact {

    @AggregateIdentifier
    private ContactId contactId;

    protected AnonymousContact() {
        // for Axon: rebuilt from events
    }

    /** Created by {@link AnonymousContactRecording} once the contact is admitted. */
    AnonymousContact(RecordAnonymousContact command) {
        command.details().checkHappenedBy(command.recordedAt());
        apply(new ContactRecorded(command.contactId(), null, null, command.details(), command.recordedAt()));
    }

    @EventSourcingHandler
    void on(ContactRecorded event) {
        contactId = event.contactId();
    }
}
