package org.sportello.intake.citizen;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import org.sportello.platform.personaldata.Personal;

/**
 * A person known to the service. Created only through {@link CitizenRegistration}, which first
 * claims the fiscal code: uniqueness across citizens is a rule no single citizen can check.
 * Erased only through {@link CitizenErasure}, which releases that claim and shreds the data key
 * in the same transaction.
 */
@Aggregate
public class Citizen {

    @AggregateIdentifier
    private CitizenId citizenId;
    private boolean erased;

    protected Citizen() {
        // for Axon: rebuilt from events
    }

    /** Only after {@link CitizenRegistration} has checked the code against the person and claimed it. */
    Citizen(RegisterCitizen command) {
        apply(new CitizenRegistered(command.citizenId(), Personal.of(command.citizenId().subject(), command.personalData()),
                command.registeredAt()));
    }

    void erase(EraseCitizen command) {
        if (erased) {
            throw new CitizenAlreadyErased(citizenId);
        }
        apply(new CitizenErased(citizenId, command.ground(), command.reference(), command.erasedBy(),
                command.erasedAt()));
    }

    /** Records the logged erasure unless this citizen's history has it already; returns whether it did. */
    boolean reapplyErasure(ReapplyErasure command) {
        if (erased) {
            return false;
        }
        apply(new CitizenErased(citizenId, command.ground(), command.reference(), command.erasedBy(),
                command.erasedAt()));
        return true;
    }

    @EventSourcingHandler
    void on(CitizenRegistered event) {
        citizenId = event.citizenId();
    }

    @EventSourcingHandler
    void on(CitizenErased event) {
        erased = true;
    }
}
