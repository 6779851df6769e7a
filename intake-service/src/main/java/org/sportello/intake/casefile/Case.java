package org.sportello.intake.casefile;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.serialization.Revision;
import org.axonframework.spring.stereotype.Aggregate;
import org.sportello.intake.citizen.CitizenId;
import org.sportello.intake.contact.ContactDetails;
import org.sportello.intake.contact.ContactId;
import org.sportello.intake.contact.ContactRecorded;
import org.sportello.platform.caller.Caller;

/**
 * A citizen's file (fascicolo): opened by a contact, joined by later contacts, taken in charge
 * by a professional, closed with a reason. Its event stream is the history auditors read.
 *
 * <p>A case keeps growing with its citizen's contacts, so it is snapshotted (its few fields, as
 * JSON) every {@link CaseConfiguration#SNAPSHOT_EVERY} events instead of replaying them all. The
 * snapshot is a cache of these fields, so it holds ids, the state and an operator id, never
 * personal data or notes. Change the fields and you change the snapshot's shape: raise
 * {@link #SNAPSHOT_REVISION}, and snapshots of the old shape are ignored (the case is rebuilt from
 * its events) instead of failing every load of the case.
 */
@Aggregate(type = Case.TYPE, snapshotTriggerDefinition = CaseConfiguration.SNAPSHOT_TRIGGER,
        snapshotFilter = CaseConfiguration.SNAPSHOT_FILTER)
@Revision(Case.SNAPSHOT_REVISION)
@JsonAutoDetect(fieldVisibility = Visibility.ANY, getterVisibility = Visibility.NONE,
        isGetterVisibility = Visibility.NONE)
public class Case {

    /**
     * The aggregate type stored beside every event and snapshot of a case (Axon's default, the
     * simple class name, written out so that renaming the class cannot change stored data).
     */
    static final String TYPE = "Case";
    /** The shape of the fields below, as stored in snapshots; see the class comment. */
    static final String SNAPSHOT_REVISION = "1";
    /** The role, as tokens name it, that may hand a case to another operator. */
    private static final String ADMIN = "ADMIN";

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

    /** Returns where the case stands now. */
    @CommandHandler
    CaseState handle(TakeCaseInCharge command) {
        Caller caller = command.requestedBy();
        if (!command.operatorId().equals(caller.id()) && !ADMIN.equals(caller.role())) {
            // Taking charge makes a professional answerable for the citizen: they accept it
            // themselves, and only an administrator may hand a case to someone else.
            throw new OnlyAdminsAssignCases(command.operatorId());
        }
        if (state == CaseState.CLOSED) {
            throw new CaseAlreadyClosed(caseId);
        }
        if (state == CaseState.IN_CHARGE) {
            throw new CaseAlreadyInCharge(caseId, inChargeOf);
        }
        apply(new CaseTakenInCharge(caseId, citizenId, command.operatorId(), command.at()));
        return state;
    }

    /**
     * Called by {@link CaseClosing}, which holds the citizen's open-case claim first. Returns where
     * the case stands now.
     */
    CaseState close(CloseCase command) {
        if (state == CaseState.CLOSED) {
            throw new CaseAlreadyClosed(caseId);
        }
        apply(new CaseClosed(caseId, citizenId, command.reason(), command.operatorId(), command.at()));
        return state;
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
