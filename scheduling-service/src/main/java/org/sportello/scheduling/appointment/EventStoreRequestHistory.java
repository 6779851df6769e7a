package org.sportello.scheduling.appointment;

import java.util.Optional;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.springframework.stereotype.Component;

/**
 * Reads the request's own events from the event store, the source of truth, without loading (and so
 * without locking) the aggregate: a request's facts never change once made, and read models may be
 * emptied by a rebuild. Whether it is booked or withdrawn is read again, under the request's lock, by the request.
 */
@Component
class EventStoreRequestHistory implements RequestHistory {

    private final EventStore events;

    EventStoreRequestHistory(EventStore events) {
        this.events = events;
    }

    @Override
    public Optional<Summary> find(RequestId requestId) {
        DomainEventStream stream;
        try {
            stream = events.readEvents(requestId.toString());
        } catch (AggregateNotFoundException none) {
            // Some stores (Axon's test fixture's) say "no events" this way rather than with an empty stream.
            return Optional.empty();
        }
        AppointmentRequested requested = null;
        boolean booked = false;
        boolean withdrawn = false;
        while (stream.hasNext()) {
            DomainEventMessage<?> event = stream.next();
            if (!AppointmentRequest.TYPE.equals(event.getType())) {
                // The id names another aggregate's events (an appointment's): no request has it.
                return Optional.empty();
            }
            Object payload = event.getPayload();
            if (payload instanceof AppointmentRequested made) {
                requested = made;
            } else if (payload instanceof RequestBooked) {
                booked = true;
            } else if (payload instanceof RequestWithdrawn) {
                withdrawn = true;
            }
        }
        return requested == null ? Optional.empty() : Optional.of(new Summary(requested, booked, withdrawn));
    }
}
