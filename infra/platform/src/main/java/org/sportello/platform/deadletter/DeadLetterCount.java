package org.sportello.platform.deadletter;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;

/**
 * {@code sportello.dead.letters{processing_group=...}} (Prometheus {@code sportello_dead_letters}):
 * events parked in a processing group's dead-letter queue. Anything above zero needs an
 * administrator: those events, and the later ones of their aggregates, are not delivered.
 *
 * <p>Read on scrape (one count query per group), never on the event path. No base unit, so that
 * the Prometheus name stays {@code sportello_dead_letters} rather than gaining a unit suffix.
 */
public class DeadLetterCount implements MeterBinder {

    public static final String METER = "sportello.dead.letters";
    public static final String GROUP_TAG = "processing_group";

    private final DeadLetters deadLetters;

    DeadLetterCount(DeadLetters deadLetters) {
        this.deadLetters = deadLetters;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        deadLetters.queues().forEach((group, queue) -> Gauge.builder(METER, queue, q -> q.size())
                .description("Events parked in the processing group's dead-letter queue")
                .tag(GROUP_TAG, group)
                .register(registry));
    }
}
