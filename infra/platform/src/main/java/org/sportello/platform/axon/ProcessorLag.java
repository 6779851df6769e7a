package org.sportello.platform.axon;

import java.util.OptionalLong;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;

/**
 * {@code sportello.processor.lag{processor=...}}: events in the event store that a streaming
 * processor has not handled yet (head of the store minus its slowest segment here). For the
 * {@code kafka-relay} processor this is the relay lag: events stored but not yet on Kafka. It
 * grows while Kafka is down and returns to zero once the relay has caught up.
 *
 * <p>Read on scrape rather than on every event, so it costs nothing on the command path (Axon's
 * own per-message metrics cost a timer with percentiles per payload type).
 */
class ProcessorLag implements MeterBinder {

    private final EventStore eventStore;
    private final EventProcessingConfiguration processing;

    ProcessorLag(EventStore eventStore, EventProcessingConfiguration processing) {
        this.eventStore = eventStore;
        this.processing = processing;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        processing.eventProcessors().forEach((name, processor) -> {
            if (processor instanceof StreamingEventProcessor streaming) {
                Gauge.builder("sportello.processor.lag", streaming, this::lag)
                        .description("Events stored but not yet handled by the processor")
                        .baseUnit("events")
                        .tag("processor", name)
                        .register(registry);
            }
        });
    }

    double lag(StreamingEventProcessor processor) {
        OptionalLong head = position(eventStore.createHeadToken());
        var segments = processor.processingStatus().values();
        if (head.isEmpty() || segments.isEmpty()) {
            return Double.NaN; // no segment claimed here: another instance processes, or it is starting
        }
        long slowest = segments.stream().mapToLong(status -> status.getCurrentPosition().orElse(-1)).min().orElse(-1);
        return Math.max(0, head.getAsLong() - slowest);
    }

    private static OptionalLong position(TrackingToken token) {
        return token == null ? OptionalLong.empty() : token.position();
    }
}
