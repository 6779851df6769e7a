package org.sportello.intake.citizen;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import org.sportello.platform.personaldata.Personal;

/**
 * A person known to the service. Created only through {@link CitizenRegistration}, which first
 * claims the fiscal code: uniqueness across citizens is a rule no single citizen can check.
 */
@Aggregate
public class Citizen {

    @AggregateIdentifier
    private CitizenId citizenId;

    protected Citizen() {
        // for Axon: rebuilt from events
    }

    /** Only after {@link CitizenRegistration} has checked the code against the person and claimed it. */
    Citizen(RegisterCitizen command) {
        apply(new CitizenRegistered(command.citizenId(), Personal.of(command.citizenId().subject(), command.personalData()),
                command.registeredAt()));
    }

    @EventSourcingHandler
    void on(CitizenRegistered event) {
        citizenId = event.citizenId();
    }
}
