package org.sportello.platform.deadletter;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import io.swagger.v3.oas.annotations.media.Schema;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.deadletter.jdbc.JdbcDeadLetter;
import org.axonframework.messaging.deadletter.Cause;
import org.axonframework.messaging.deadletter.DeadLetter;
import org.axonframework.messaging.deadletter.SequencedDeadLetterProcessor;
import org.axonframework.messaging.deadletter.SequencedDeadLetterQueue;
import org.sportello.platform.problem.Problems;

/**
 * The dead letters of every processing group of this service that has a dead-letter queue: what an
 * administrator sees and retries. A sequence is one aggregate's parked events, the first of which
 * failed; retrying it hands them to the group's handlers again, in order, and evicts each one that
 * succeeds.
 *
 * <p>What is shown never includes an event's payload or metadata: the payload of an internal
 * event may hold personal data, and an administrator needs only which event failed and why.
 */
public class DeadLetters {

    private final EventProcessingConfiguration processing;

    public DeadLetters(EventProcessingConfiguration processing) {
        this.processing = processing;
    }

    /** One parked event, without its payload. */
    public record Entry(
            @Schema(maxLength = COLUMN_LENGTH, pattern = Problems.NO_CONTROL_CHARACTERS) String processingGroup,
            @Schema(maxLength = COLUMN_LENGTH, pattern = Problems.NO_CONTROL_CHARACTERS) String sequenceId,
            @Schema(maxLength = COLUMN_LENGTH, pattern = Problems.NO_CONTROL_CHARACTERS) String eventId,
            @Schema(maxLength = COLUMN_LENGTH, pattern = Problems.NO_CONTROL_CHARACTERS) String payloadType,
            @Schema(maxLength = COLUMN_LENGTH, pattern = Problems.NO_CONTROL_CHARACTERS) String causeType,
            @Schema(maxLength = CAUSE_MESSAGE_LENGTH, pattern = Problems.NO_CONTROL_CHARACTERS) String causeMessage,
            Instant enqueuedAt, Instant lastTouched) {

        /**
         * Cut to the columns of {@code dead_letter_entry} (db/axon), which hold them in the JDBC
         * queue, and free of control characters: a cause's message may quote anything.
         */
        public Entry {
            processingGroup = Problems.text(processingGroup, COLUMN_LENGTH);
            sequenceId = Problems.text(sequenceId, COLUMN_LENGTH);
            eventId = Problems.text(eventId, COLUMN_LENGTH);
            payloadType = Problems.text(payloadType, COLUMN_LENGTH);
            causeType = Problems.text(causeType, COLUMN_LENGTH);
            causeMessage = Problems.text(causeMessage, CAUSE_MESSAGE_LENGTH);
        }
    }

    /** The widths of {@code dead_letter_entry}'s columns (db/axon): what any stored value fits in. */
    public static final int COLUMN_LENGTH = 255;
    public static final int CAUSE_MESSAGE_LENGTH = 1023;
    /** The most letters one listing answers; the metric counts them all. */
    public static final int MAX_LISTED = 1000;

    /**
     * What a retry did.
     *
     * @param processed sequences retried and delivered in full, so evicted
     * @param remaining sequences still parked afterwards, in every processing group
     */
    public record Retried(int processed, long remaining) {
    }

    /** The dead-letter queue of each processing group that has one, by group name. */
    Map<String, SequencedDeadLetterQueue<EventMessage<?>>> queues() {
        Map<String, SequencedDeadLetterQueue<EventMessage<?>>> queues = new TreeMap<>();
        // A processor handles the processing group of its name unless assigned otherwise, as the relay is.
        for (String group : processing.eventProcessors().keySet()) {
            processing.deadLetterQueue(group).ifPresent(queue -> queues.put(group, queue));
        }
        return queues;
    }

    public List<Entry> list() {
        return list(MAX_LISTED);
    }

    /** The first {@code limit} letters, by processing group and sequence, each sequence's first failure first. */
    public List<Entry> list(int limit) {
        List<Entry> entries = new ArrayList<>();
        for (Map.Entry<String, SequencedDeadLetterQueue<EventMessage<?>>> group : queues().entrySet()) {
            for (Iterable<DeadLetter<? extends EventMessage<?>>> sequence : group.getValue().deadLetters()) {
                for (DeadLetter<? extends EventMessage<?>> letter : sequence) {
                    if (entries.size() >= limit) {
                        return entries;
                    }
                    entries.add(entry(group.getKey(), letter));
                }
            }
        }
        return entries;
    }

    /**
     * Retries every sequence once; one that fails again stays, with its new cause. Bounded by the
     * sequences there were at the start, so a sequence that keeps failing cannot keep the call busy.
     */
    public Retried retryAll() {
        int processed = 0;
        for (Map.Entry<String, SequencedDeadLetterQueue<EventMessage<?>>> group : queues().entrySet()) {
            Optional<SequencedDeadLetterProcessor<EventMessage<?>>> processor = processorOf(group.getKey());
            if (processor.isEmpty()) {
                continue;
            }
            long sequences = group.getValue().amountOfSequences();
            for (long i = 0; i < sequences; i++) {
                if (processor.get().processAny()) {
                    processed++;
                }
            }
        }
        return new Retried(processed, remaining());
    }

    /** Retries the one sequence; {@link DeadLetterSequenceNotFound} when no group holds it. */
    public Retried retry(String sequenceId) {
        for (Map.Entry<String, SequencedDeadLetterQueue<EventMessage<?>>> group : queues().entrySet()) {
            if (group.getValue().contains(sequenceId)) {
                boolean delivered = processorOf(group.getKey())
                        .map(processor -> processor.process(letter -> sequenceId.equals(sequenceIdOf(letter))))
                        .orElse(false);
                return new Retried(delivered ? 1 : 0, remaining());
            }
        }
        throw new DeadLetterSequenceNotFound(sequenceId);
    }

    private long remaining() {
        return queues().values().stream().mapToLong(SequencedDeadLetterQueue::amountOfSequences).sum();
    }

    private Optional<SequencedDeadLetterProcessor<EventMessage<?>>> processorOf(String group) {
        return processing.sequencedDeadLetterProcessor(group);
    }

    private static Entry entry(String group, DeadLetter<? extends EventMessage<?>> letter) {
        EventMessage<?> message = letter.message();
        Optional<Cause> cause = letter.cause();
        return new Entry(group, sequenceIdOf(letter), message.getIdentifier(), message.getPayloadType().getName(),
                cause.map(Cause::type).orElse(null), cause.map(Cause::message).orElse(null),
                letter.enqueuedAt(), letter.lastTouched());
    }

    /**
     * The sequence a letter belongs to, as the queue stores it. The JDBC queue knows it; otherwise
     * it is the aggregate (the default sequencing policy) or the event itself.
     */
    static String sequenceIdOf(DeadLetter<? extends EventMessage<?>> letter) {
        if (letter instanceof JdbcDeadLetter<?> jdbc) {
            return jdbc.getSequenceIdentifier();
        }
        return letter.message() instanceof DomainEventMessage<?> domain ? domain.getAggregateIdentifier()
                : letter.message().getIdentifier();
    }
}
