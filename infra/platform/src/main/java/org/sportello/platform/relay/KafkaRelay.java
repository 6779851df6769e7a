package org.sportello.platform.relay;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.InvalidRecordException;
import org.apache.kafka.common.errors.RecordBatchTooLargeException;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.record.AbstractRecords;
import org.apache.kafka.common.record.CompressionType;
import org.apache.kafka.common.record.RecordBatch;
import org.apache.kafka.common.serialization.StringSerializer;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.deadletter.DeadLetter;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.sportello.platform.caller.Caller;
import org.springframework.kafka.core.KafkaTemplate;

/**
 * Relays a service's events from its Axon event store to its Kafka topic, translated into
 * published contracts, as CloudEvents in binary mode ({@link CloudEventRecords}).
 *
 * <p>It runs in a streaming processor whose token lives in the service's database, so it resumes
 * where it stopped. Sends of one batch go out together and the batch (and its token) commits
 * only when Kafka has acknowledged all of them: delivery is at least once, never lost, and in
 * order per aggregate (one key, one partition, idempotent producer). When Kafka is down the
 * batch fails at its commit and the processor retries it; commands meanwhile keep succeeding.
 *
 * <p>An event that can never be published throws {@link UnpublishableEvent} from the handler, and
 * the processing group's dead-letter queue parks it with the later events of its aggregate, so
 * that one bad event does not stall every other aggregate ({@link RelayDeadLetterPolicy}). That
 * is decided here, synchronously: the translation throws, or the record is larger than the
 * producer's {@code max.request.size}. Kafka may still refuse a record for good when the batch is
 * acknowledged (the broker's or topic's limit is lower); the batch then fails as a whole, the
 * refused event is remembered, and the retried batch dead-letters it instead of failing forever.
 * Failures that a retry can cure (Kafka unreachable, timeouts) only ever surface at the commit,
 * where no dead-letter queue sees them. Refusals are remembered in memory only: after a restart in
 * between, the batch is sent again, refused again, and the next retry dead-letters the event.
 */
@ProcessingGroup(KafkaRelay.PROCESSING_GROUP)
public class KafkaRelay {

    public static final String PROCESSING_GROUP = "kafka-relay";
    private static final String PENDING_SENDS = KafkaRelay.class.getName() + ".pending";
    private static final int KAFKA_DEFAULT_MAX_REQUEST_SIZE = 1024 * 1024;

    private final ContractTranslator translator;
    private final KafkaTemplate<String, byte[]> kafka;
    private final RelayProperties properties;
    private final CloudEventRecords records;
    private final int maxRequestSize;
    /** Events Kafka refused for good in a failed batch, by event id, with the reason: dead-lettered on the retry. */
    private final Map<String, String> refusedByKafka = new ConcurrentHashMap<>();

    public KafkaRelay(ContractTranslator translator, KafkaTemplate<String, byte[]> kafka, RelayProperties properties) {
        this.translator = translator;
        this.kafka = kafka;
        this.properties = properties;
        this.records = new CloudEventRecords(properties.topic(), properties.source());
        this.maxRequestSize = maxRequestSize(kafka.getProducerFactory().getConfigurationProperties());
    }

    /**
     * @param retrying the dead letter being retried, when an administrator retries one; null in the
     *                 processor's normal flow
     */
    @EventHandler
    public void on(Object internalEvent, EventMessage<?> message, DeadLetter<?> retrying) {
        String refusal = refusedByKafka.remove(message.getIdentifier());
        if (refusal != null) {
            throw new UnpublishableEvent(describe(message) + " was refused by Kafka: " + refusal, null);
        }
        Optional<ProducerRecord<String, byte[]>> translated = translate(internalEvent, message);
        if (translated.isEmpty()) {
            return;
        }
        ProducerRecord<String, byte[]> record = translated.get();
        requireAcceptableSize(record, message);
        if (retrying == null) {
            pendingSends().add(new PendingSend(message.getIdentifier(), send(record)));
        } else {
            sendNow(record, message);
        }
    }

    /** The event's record, or empty when the event stays inside the service. */
    private Optional<ProducerRecord<String, byte[]>> translate(Object internalEvent, EventMessage<?> message) {
        try {
            return translator.translate(internalEvent, Caller.fromMetaData(message.getMetaData()))
                    .map(contract -> records.record(contract, message,
                            translator.keyOf(contract, CloudEventRecords.keyOf(message))));
        } catch (RuntimeException e) {
            // Translation and serialisation are pure functions of the stored event (a contract
            // without a TYPE, a value Jackson cannot write): failing once, they fail every time.
            throw new UnpublishableEvent(describe(message) + " cannot be translated: " + e, e);
        }
    }

    /** The producer's own check, done here so that the event is dead-lettered rather than the batch failed. */
    private void requireAcceptableSize(ProducerRecord<String, byte[]> record, EventMessage<?> message) {
        int size = serializedSize(record);
        if (size > maxRequestSize) {
            throw new UnpublishableEvent(describe(message) + " is too large for Kafka: its record takes " + size
                    + " bytes, the producer's " + ProducerConfig.MAX_REQUEST_SIZE_CONFIG + " is " + maxRequestSize, null);
        }
    }

    /** As the producer measures a record against {@code max.request.size} (KafkaProducer#doSend). */
    static int serializedSize(ProducerRecord<String, byte[]> record) {
        byte[] key = record.key() == null ? null : new StringSerializer().serialize(record.topic(), record.key());
        return AbstractRecords.estimateSizeInBytesUpperBound(RecordBatch.CURRENT_MAGIC_VALUE, CompressionType.NONE,
                key, record.value(), record.headers().toArray());
    }

    private CompletableFuture<?> send(ProducerRecord<String, byte[]> record) {
        try {
            return kafka.send(record);
        } catch (RuntimeException e) {
            // Whatever Kafka says, it says at the batch's commit, where it fails the batch and is retried
            // and never reaches the dead-letter queue.
            return CompletableFuture.failedFuture(e);
        }
    }

    /** A dead letter being retried is sent on its own and must be acknowledged before it is evicted. */
    private void sendNow(ProducerRecord<String, byte[]> record, EventMessage<?> message) {
        try {
            kafka.send(record).get(properties.acknowledgementTimeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RelayFailed("interrupted while waiting for Kafka", e);
        } catch (ExecutionException | TimeoutException | RuntimeException e) {
            Throwable refusal = refusal(e);
            if (refusal != null) {
                throw new UnpublishableEvent(describe(message) + " was refused by Kafka: " + refusal, refusal);
            }
            throw new RelayFailed("Kafka did not acknowledge " + describe(message) + "; it stays a dead letter", e);
        }
    }

    /** The sends of the current batch; the batch commits only once Kafka has acknowledged them all. */
    private List<PendingSend> pendingSends() {
        UnitOfWork<?> batch = CurrentUnitOfWork.get().root();
        return batch.getOrComputeResource(PENDING_SENDS, name -> {
            List<PendingSend> sends = new ArrayList<>();
            batch.onPrepareCommit(unit -> awaitAcknowledgements(sends));
            return sends;
        });
    }

    private void awaitAcknowledgements(List<PendingSend> sends) {
        try {
            CompletableFuture.allOf(sends.stream().map(PendingSend::acknowledgement).toArray(CompletableFuture[]::new))
                    .get(properties.acknowledgementTimeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RelayFailed("interrupted while waiting for Kafka", e);
        } catch (Exception e) {
            rememberRefusals(sends);
            throw new RelayFailed("Kafka did not acknowledge " + sends.size() + " events; the batch will be retried", e);
        }
    }

    private void rememberRefusals(List<PendingSend> sends) {
        for (PendingSend send : sends) {
            if (send.acknowledgement().isCompletedExceptionally()) {
                try {
                    send.acknowledgement().join();
                } catch (RuntimeException e) {
                    Throwable refusal = refusal(e);
                    if (refusal != null) {
                        refusedByKafka.put(send.eventId(), refusal.toString());
                    }
                }
            }
        }
    }

    /**
     * The cause when Kafka refused this one record for good, whatever the state of the cluster;
     * null for anything a retry may cure (timeouts, unreachable or restarting brokers).
     */
    static Throwable refusal(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof RecordTooLargeException || cause instanceof RecordBatchTooLargeException
                    || cause instanceof InvalidRecordException) {
                return cause;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return null;
    }

    private static String describe(EventMessage<?> message) {
        return "event " + message.getIdentifier() + " (" + message.getPayloadType().getSimpleName() + ")";
    }

    static int maxRequestSize(Map<String, Object> producerConfig) {
        Object configured = producerConfig.get(ProducerConfig.MAX_REQUEST_SIZE_CONFIG);
        if (configured instanceof Number number) {
            return number.intValue();
        }
        if (configured instanceof String text && !text.isBlank()) {
            return Integer.parseInt(text.trim());
        }
        return KAFKA_DEFAULT_MAX_REQUEST_SIZE;
    }

    private record PendingSend(String eventId, CompletableFuture<?> acknowledgement) {
    }
}
