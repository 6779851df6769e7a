package org.sportello.platform.deadletter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.axonframework.config.Configuration;
import org.axonframework.config.DefaultConfigurer;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.axonframework.messaging.deadletter.InMemorySequencedDeadLetterQueue;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

/**
 * What an administrator sees and retries, on an Axon configuration of its own with an in-memory
 * queue (the JDBC queue on PostgreSQL is in each service's dead-letter ITs).
 */
class DeadLettersTest {

    private static final String GROUP = "notes";

    record NoteTaken(String caseId, String note) {
    }

    /** Fails for the cases a test breaks, until it mends them. */
    @ProcessingGroup(GROUP)
    static class Notes {
        final Set<String> broken = ConcurrentHashMap.newKeySet();
        final List<NoteTaken> handled = new ArrayList<>();

        @EventHandler
        void on(NoteTaken event) {
            if (broken.contains(event.caseId())) {
                throw new NoteRejected(event.caseId());
            }
            handled.add(event);
        }
    }

    static class NoteRejected extends RuntimeException {
        NoteRejected(String caseId) {
            super("the notes of " + caseId + " are broken");
        }
    }

    private final Notes notes = new Notes();
    private Configuration axon;
    private DeadLetters deadLetters;
    private long sequence;

    @BeforeEach
    void start() {
        var configurer = DefaultConfigurer.defaultConfiguration(false)
                .configureEmbeddedEventStore(c -> new InMemoryEventStorageEngine());
        configurer.eventProcessing()
                .usingSubscribingEventProcessors()
                .registerEventHandler(c -> notes)
                .registerDeadLetterQueue(GROUP, c -> InMemorySequencedDeadLetterQueue.defaultQueue());
        axon = configurer.buildConfiguration();
        axon.start();
        deadLetters = new DeadLetters(axon.eventProcessingConfiguration());
    }

    @AfterEach
    void stop() {
        axon.shutdown();
    }

    @Test
    void listsEachParkedEventWithItsGroupSequenceAndCause() {
        notes.broken.add("case-1");

        String eventId = publish("case-1", "first");

        assertThat(deadLetters.list()).singleElement().satisfies(entry -> {
            assertThat(entry.processingGroup()).isEqualTo(GROUP);
            assertThat(entry.sequenceId()).isEqualTo("case-1");
            assertThat(entry.eventId()).isEqualTo(eventId);
            assertThat(entry.payloadType()).isEqualTo(NoteTaken.class.getName());
            assertThat(entry.causeType()).isEqualTo(NoteRejected.class.getName());
            assertThat(entry.causeMessage()).contains("broken");
            assertThat(entry.enqueuedAt()).isNotNull();
        });
    }

    @Test
    void laterEventOfTheSameAggregateWaitsBehindTheDeadLetter() {
        notes.broken.add("case-1");
        publish("case-1", "first");
        notes.broken.remove("case-1");

        publish("case-1", "second");
        publish("case-2", "other");

        assertThat(deadLetters.list()).extracting(DeadLetters.Entry::sequenceId).containsExactly("case-1", "case-1");
        assertThat(notes.handled).extracting(NoteTaken::caseId).containsExactly("case-2");
    }

    @Test
    void retriedSequenceIsDeliveredInOrderOnceTheCauseIsGone() {
        notes.broken.add("case-1");
        publish("case-1", "first");
        publish("case-1", "second");
        notes.broken.remove("case-1");

        DeadLetters.Retried retried = deadLetters.retry("case-1");

        assertThat(retried).isEqualTo(new DeadLetters.Retried(1, 0));
        assertThat(notes.handled).extracting(NoteTaken::note).containsExactly("first", "second");
        assertThat(deadLetters.list()).isEmpty();
    }

    @Test
    void sequenceThatFailsAgainStaysParked() {
        notes.broken.add("case-1");
        publish("case-1", "first");

        DeadLetters.Retried retried = deadLetters.retry("case-1");

        assertThat(retried).isEqualTo(new DeadLetters.Retried(0, 1));
        assertThat(deadLetters.list()).hasSize(1);
    }

    @Test
    void retryingAllDeliversWhatCanBeAndCountsWhatRemains() {
        notes.broken.addAll(List.of("case-1", "case-2"));
        publish("case-1", "first");
        publish("case-2", "first");
        notes.broken.remove("case-1");

        DeadLetters.Retried retried = deadLetters.retryAll();

        assertThat(retried).isEqualTo(new DeadLetters.Retried(1, 1));
        assertThat(deadLetters.list()).extracting(DeadLetters.Entry::sequenceId).containsExactly("case-2");
    }

    @Test
    void retryingAnUnknownSequenceIsNotFound() {
        assertThatThrownBy(() -> deadLetters.retry("case-404")).isInstanceOf(DeadLetterSequenceNotFound.class);
    }

    @Test
    void gaugeCountsTheParkedEventsOfEachGroup() {
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        new DeadLetterCount(deadLetters).bindTo(registry);
        notes.broken.add("case-1");

        publish("case-1", "first");
        publish("case-1", "second");

        assertThat(registry.get(DeadLetterCount.METER).tag(DeadLetterCount.GROUP_TAG, GROUP).gauge().value())
                .isEqualTo(2);
    }

    private String publish(String caseId, String note) {
        var event = new GenericDomainEventMessage<>("Case", caseId, sequence++, new NoteTaken(caseId, note));
        axon.eventBus().publish(event);
        return event.getIdentifier();
    }
}
