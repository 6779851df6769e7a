package org.sportello.platform.relay;

import java.util.OptionalLong;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;

/**
 * {@code sportello.relay.lag}: events stored in the event store but not yet relayed to Kafka
 * (head of the store minus the relay's slowest segment). Grows while Kafka is down; should
 * return to zero once it is back.
 */
class RelayLag implements MeterBinder {

    private final EventStore eventStore;
    private final EventProcessingConfiguration processing;

    RelayLag(EventStore eventStore, EventProcessingConfiguration processing) {
        this.eventStore = eventStore;
        this.processing = processing;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        Gauge.builder("sportello.relay.lag", this, RelayLag::events)
                .description("Events stored but not yet published to Kafka")
                .baseUnit("events")
                .register(registry);
    }

    double events() {
        OptionalLong head = position(eventStore.createHeadToken());
        var relay = processing.eventProcessor(KafkaRelay.PROCESSING_GROUP, StreamingEventProcessor.class);
        if (head.isEmpty() || relay.isEmpty()) {
            return Double.NaN;
        }
        var segments = relay.get().processingStatus().values();
        if (segments.isEmpty()) {
            return Double.NaN; // no segment claimed here: another instance relays, or it is starting
        }
        long slowest = segments.stream().mapToLong(status -> status.getCurrentPosition().orElse(-1)).min().orElse(-1);
        return Math.max(0, head.getAsLong() - slowest);
    }

    private static OptionalLong position(TrackingToken token) {
        return token == null ? OptionalLong.empty() : token.position();
    }
}
