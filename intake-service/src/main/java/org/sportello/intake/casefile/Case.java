package org.sportello.intake.casefile;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import org.sportello.intake.citizen.CitizenId;
import org.sportello.intake.contact.ContactDetails;
import org.sportello.intake.contact.ContactId;
import org.sportello.intake.contact.ContactRecorded;

/**
 * A citizen's file (fascicolo): opened by a contact, joined by later contacts, taken in charge
 * by a professional, closed with a reason. Its event stream is the history auditors read.
 *
 * <p>A case keeps growing with its citizen's contacts, so it is snapshotted (its few fields, as
 * JSON) every {@link CaseConfiguration#SNAPSHOT_EVERY} events instead of replaying them all.
 */
@Aggregate(snapshotTriggerDefinition = CaseConfiguration.SNAPSHOT_TRIGGER)
@JsonAutoDetect(fieldVisibility = Visibility.ANY, getterVisibility = Visibility.NONE,
        isGetterVisibility = Visibility.NONE)
public class Case {

    @AggregateIdentifier
    private CaseId caseId;
    private CitizenId citizenId;
    private CaseState state;
    private String inChargeOf;

    @JsonCreator
    protected Case() {
        // for Axon (rebuilt from events) and for Jackson (from a snapshot, then its fields)
    }

    /** Opened by {@code ContactRecording} when the citizen has no open case. */
    public Case(CaseId caseId, CitizenId citizenId, ContactId contactId, ContactDetails contact, Instant recordedAt) {
        contact.checkHappenedBy(recordedAt);
        apply(new CaseOpened(caseId, citizenId, contact.officeId(), contact.occurredAt()));
        apply(new ContactRecorded(contactId, citizenId, caseId, contact, recordedAt));
    }

    public void recordContact(ContactId contactId, ContactDetails contact, Instant recordedAt) {
        if (state == CaseState.CLOSED) {
            // The citizen's next contact opens a new case; a closed one stays as auditors read it.
            throw new CaseAlreadyClosed(caseId);
        }
        contact.checkHappenedBy(recordedAt);
        apply(new ContactRecorded(contactId, citizenId, caseId, contact, recordedAt));
    }

    @CommandHandler
    void handle(TakeCaseInCharge command) {
        if (state == CaseState.CLOSED) {
            throw new CaseAlreadyClosed(caseId);
        }
        if (state == CaseState.IN_CHARGE) {
            throw new CaseAlreadyInCharge(caseId, inChargeOf);
        }
        apply(new CaseTakenInCharge(caseId, citizenId, command.operatorId(), command.at()));
    }

    @CommandHandler
    void handle(CloseCase command) {
        if (state == CaseState.CLOSED) {
            throw new CaseAlreadyClosed(caseId);
        }
        apply(new CaseClosed(caseId, citizenId, command.reason(), command.operatorId(), command.at()));
    }

    @EventSourcingHandler
    void on(CaseOpened event) {
        caseId = event.caseId();
        citizenId = event.citizenId();
        state = CaseState.OPEN;
    }

    @EventSourcingHandler
    void on(CaseTakenInCharge event) {
        state = CaseState.IN_CHARGE;
        inChargeOf = event.operatorId();
    }

    @EventSourcingHandler
    void on(CaseClosed event) {
        state = CaseState.CLOSED;
    }
}
