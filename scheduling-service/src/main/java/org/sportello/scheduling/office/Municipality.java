package org.sportello.scheduling.office;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

/** A municipality in a district. Created only through {@link MunicipalityCreation}. */
@Aggregate(type = Municipality.TYPE)
public class Municipality {

    static final String TYPE = "Municipality";

    /** Prefixed for the reason given at {@link District}. */
    @AggregateIdentifier
    private String streamId;

    protected Municipality() {
        // for Axon: rebuilt from events
    }

    Municipality(CreateMunicipality command) {
        apply(new MunicipalityCreated(command.municipalityId(), command.name(), command.districtId(),
                command.createdAt()));
    }

    static String streamId(MunicipalityId municipalityId) {
        return "municipality:" + municipalityId.value();
    }

    @EventSourcingHandler
    void on(MunicipalityCreated event) {
        streamId = streamId(event.municipalityId());
    }
}
