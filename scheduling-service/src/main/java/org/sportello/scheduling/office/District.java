package org.sportello.scheduling.office;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * A district (ambito): the municipalities of an area that plan their social services together.
 * Created only through {@link DistrictCreation}, which claims the id first.
 */
@Aggregate(type = District.TYPE)
public class District {

    /** Stored beside every event; written out so that renaming the class cannot change stored data. */
    static final String TYPE = "District";

    /**
     * The event stream's id: prefixed, because the event store knows one stream per id whatever the
     * aggregate type, and a district may share its slug with a municipality or an office.
     */
    @AggregateIdentifier
    private String streamId;

    protected District() {
        // for Axon: rebuilt from events
    }

    District(CreateDistrict command) {
        apply(new DistrictCreated(command.districtId(), command.name(), command.createdAt()));
    }

    static String streamId(DistrictId districtId) {
        return "district:" + districtId.value();
    }

    @EventSourcingHandler
    void on(DistrictCreated event) {
        streamId = streamId(event.districtId());
    }
}
