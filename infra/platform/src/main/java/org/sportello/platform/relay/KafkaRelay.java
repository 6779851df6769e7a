package org.sportello.platform.relay;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.axonframework.config.ProcessingGroup;
import org.sportello.contracts.CloudEventHeaders;
import org.sportello.platform.caller.Caller;
import org.sportello.platform.json.ContractJson;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.support.SendResult;

/**
 * Relays a service's events from its Axon event store to its Kafka topic, translated into
 * published contracts, as CloudEvents in binary mode.
 *
 * <p>It runs in a streaming processor whose token lives in the service's database, so it resumes
 * where it stopped. Sends of one batch go out together and the batch (and its token) commits
 * only when Kafka has acknowledged all of them: delivery is at least once, never lost, and in
 * order per aggregate (one key, one partition, idempotent producer). When Kafka is down the
 * batch fails and the processor retries it; commands meanwhile keep succeeding.
 */
@ProcessingGroup(KafkaRelay.PROCESSING_GROUP)
public class KafkaRelay {

    public static final String PROCESSING_GROUP = "kafka-relay";
    private static final String PENDING_SENDS = KafkaRelay.class.getName() + ".pending";

    private final ContractTranslator translator;
    private final KafkaTemplate<String, byte[]> kafka;
    private final RelayProperties properties;

    public KafkaRelay(ContractTranslator translator, KafkaTemplate<String, byte[]> kafka, RelayProperties properties) {
        this.translator = translator;
        this.kafka = kafka;
        this.properties = properties;
    }

    @EventHandler
    public void on(Object internalEvent, EventMessage<?> message) {
        translator.translate(internalEvent, Caller.fromMetaData(message.getMetaData())).ifPresent(contract -> pendingSends().add(kafka.send(record(contract, message))));
    }

    private ProducerRecord<String, byte[]> record(Object contract, EventMessage<?> message) {
        String key = message instanceof DomainEventMessage<?> domain ? domain.getAggregateIdentifier()
                : message.getIdentifier();
        RecordHeaders headers = new RecordHeaders();
        header(headers, CloudEventHeaders.SPEC_VERSION, CloudEventHeaders.SPEC_VERSION_1_0);
        header(headers, CloudEventHeaders.ID, message.getIdentifier());
        header(headers, CloudEventHeaders.TYPE, ContractType.of(contract));
        header(headers, CloudEventHeaders.SOURCE, properties.source());
        header(headers, CloudEventHeaders.TIME, message.getTimestamp().toString());
        header(headers, CloudEventHeaders.SUBJECT, key);
        header(headers, CloudEventHeaders.CONTENT_TYPE, CloudEventHeaders.JSON);
        return new ProducerRecord<>(properties.topic(), null, key, ContractJson.write(contract), headers);
    }

    private static void header(RecordHeaders headers, String name, String value) {
        headers.add(name, value.getBytes(StandardCharsets.UTF_8));
    }

    /** The sends of the current batch; the batch commits only once Kafka has acknowledged them all. */
    private List<CompletableFuture<SendResult<String, byte[]>>> pendingSends() {
        UnitOfWork<?> batch = CurrentUnitOfWork.get().root();
        return batch.getOrComputeResource(PENDING_SENDS, name -> {
            List<CompletableFuture<SendResult<String, byte[]>>> sends = new ArrayList<>();
            batch.onPrepareCommit(unit -> awaitAcknowledgements(sends));
            return sends;
        });
    }

    private void awaitAcknowledgements(List<CompletableFuture<SendResult<String, byte[]>>> sends) {
        try {
            CompletableFuture.allOf(sends.toArray(CompletableFuture[]::new))
                    .get(properties.acknowledgementTimeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RelayFailed("interrupted while waiting for Kafka", e);
        } catch (Exception e) {
            throw new RelayFailed("Kafka did not acknowledge " + sends.size() + " events; the batch will be retried", e);
        }
    }
}
