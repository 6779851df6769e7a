package org.sportello.platform.consuming;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.kafka.listener.BatchConsumerAwareMessageListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * One projection's batch listener.
 *
 * <p>Why dead letters are sent from here and not by the container's error handler: a batch is one
 * database transaction, and Spring Kafka's dead-letter recovery for batch listeners
 * ({@code DefaultErrorHandler} with {@code BatchListenerFailedException(index)}) commits the
 * offsets before the bad record, seeks back to it, redelivers it with the rest of the batch as a
 * new one, and recovers it only after the back-off's attempts. That splits and replays our
 * transaction, retries a record whose fault no retry can cure, and shares one back-off between
 * records that can never work and a database that will work again. Instead, poison is decided
 * when the batch is read ({@link ContractRecords}, which depends on the record alone, so it is
 * decided once, with no retries), the rest is applied in one transaction, and then each poison
 * record is sent synchronously through the {@link DeadLetterTopics} recoverer. Only then does the
 * listener return and the container commit the batch's offsets; records behind the poison keep
 * flowing in the same batch.
 *
 * <p>A value the database refuses is found by applying the batch again one event at a time (see
 * {@link #applyOneByOne}). Whatever else fails (the database is down, Kafka does not take a dead
 * letter) is thrown to the container's error handler, which retries the whole batch until it
 * succeeds, never skips it (see {@link ProjectionContainers}). A retried batch is harmless: its event ids are claimed in
 * {@code processed_event} in the same transaction as the change, and dead letters are sent after
 * it committed.
 */
final class ProjectionListener<T> implements BatchConsumerAwareMessageListener<String, byte[]> {

    private static final Logger log = LoggerFactory.getLogger(ProjectionListener.class);

    private final KafkaProjection<T> projection;
    private final ContractRecords<T> records;
    private final ProcessedEvents processed;
    private final DeadLetterTopics deadLetters;
    private final TransactionTemplate transactions;

    ProjectionListener(KafkaProjection<T> projection, ContractRecords<T> records, ProcessedEvents processed,
                       DeadLetterTopics deadLetters, TransactionTemplate transactions) {
        this.projection = projection;
        this.records = records;
        this.processed = processed;
        this.deadLetters = deadLetters;
        this.transactions = transactions;
    }

    @Override
    public void onMessage(List<ConsumerRecord<String, byte[]>> batch, Consumer<?, ?> consumer) {
        ContractRecords.Read<T> read = records.read(batch);
        List<ContractRecords.PoisonedRecord> letters = new ArrayList<>(read.deadLetters());
        if (!read.events().isEmpty()) {
            try {
                transactions.executeWithoutResult(status -> apply(read.events()));
            } catch (DataIntegrityViolationException refused) {
                letters.addAll(applyOneByOne(read));
            } catch (RuntimeException failed) {
                // The container's error handler retries the batch until it commits and says nothing
                // of why: whoever watches the log must see what stops the projection, every time.
                log.warn("Projection {}: a batch of {} events from {} failed and will be tried again", projection.name(),
                        batch.size(), where(batch), failed);
                throw failed;
            }
        }
        for (ContractRecords.PoisonedRecord letter : letters) {
            deadLetters.send(letter.record(), consumer, letter.poison());
        }
    }

    /**
     * The database refused a value of the batch (a constraint, a value too long for its column):
     * no retry changes that, and retrying the batch for ever would stop the projection at it. So
     * the batch is applied again one event per transaction, in order, and the events the database
     * refuses on their own are dead letters. Any other failure still goes to the error handler.
     */
    private List<ContractRecords.PoisonedRecord> applyOneByOne(ContractRecords.Read<T> read) {
        List<ContractRecords.PoisonedRecord> refused = new ArrayList<>();
        for (int i = 0; i < read.events().size(); i++) {
            Delivered<T> event = read.events().get(i);
            try {
                transactions.executeWithoutResult(status -> apply(List.of(event)));
            } catch (DataIntegrityViolationException e) {
                refused.add(new ContractRecords.PoisonedRecord(read.sources().get(i), records.poison(
                        "the database refused what projection " + projection.name() + " made of it: "
                                + NestedExceptionUtils.getMostSpecificCause(e).getMessage(), e)));
            }
        }
        return refused;
    }

    /** The batch's first offset on each partition, e.g. {@code intake-events-0@1200}. */
    private static String where(List<ConsumerRecord<String, byte[]>> batch) {
        Map<String, Long> first = new TreeMap<>();
        for (ConsumerRecord<String, byte[]> record : batch) {
            first.merge(record.topic() + "-" + record.partition(), record.offset(), Math::min);
        }
        return first.entrySet().stream().map(entry -> entry.getKey() + "@" + entry.getValue())
                .collect(Collectors.joining(", "));
    }

    private void apply(List<Delivered<T>> events) {
        Set<String> fresh = new HashSet<>(processed.claim(projection.name(),
                events.stream().map(Delivered::eventId).toList()));
        // remove(): an event delivered twice within one batch is applied at its first delivery only.
        List<Delivered<T>> first = events.stream().filter(event -> fresh.remove(event.eventId())).toList();
        if (!first.isEmpty()) {
            projection.apply(first);
        }
    }
}
