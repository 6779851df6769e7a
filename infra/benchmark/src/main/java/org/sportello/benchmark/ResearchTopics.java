package org.sportello.benchmark;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.sportello.contracts.CloudEventHeaders;
import org.sportello.platform.json.ContractJson;

/**
 * Publishes the synthetic population on the services' topics as their relays would: the contract's JSON
 * as the value (the platform's {@link ContractJson}), the contract's key, CloudEvents binary-mode
 * headers, the source saying it is the benchmark's ({@link BenchmarkOffices#SOURCE}). Sends are batched
 * and asynchronous; {@link #close} waits for every one and fails on the first Kafka refused.
 */
final class ResearchTopics implements AutoCloseable {

    private final String bootstrapServers;
    private final KafkaProducer<String, byte[]> producer;
    private final AtomicReference<Exception> failure = new AtomicReference<>();

    ResearchTopics(String bootstrapServers) {
        this.bootstrapServers = bootstrapServers;
        this.producer = new KafkaProducer<>(Map.<String, Object>of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.LINGER_MS_CONFIG, 20,
                ProducerConfig.BATCH_SIZE_CONFIG, 256 * 1024,
                ProducerConfig.MAX_BLOCK_MS_CONFIG, 30_000), new StringSerializer(), new ByteArraySerializer());
    }

    void publish(ResearchPopulation.Published event) {
        Exception failed = failure.get();
        if (failed != null) {
            throw new IllegalStateException("Kafka at " + bootstrapServers + " refused an event (is --kafka the "
                    + "system's broker?)", failed);
        }
        RecordHeaders headers = new RecordHeaders();
        header(headers, CloudEventHeaders.SPEC_VERSION, CloudEventHeaders.SPEC_VERSION_1_0);
        header(headers, CloudEventHeaders.ID, event.eventId().toString());
        header(headers, CloudEventHeaders.TYPE, event.type());
        header(headers, CloudEventHeaders.SOURCE, BenchmarkOffices.SOURCE);
        header(headers, CloudEventHeaders.TIME, event.time().toString());
        header(headers, CloudEventHeaders.SUBJECT, event.key());
        header(headers, CloudEventHeaders.CONTENT_TYPE, CloudEventHeaders.JSON);
        producer.send(new ProducerRecord<>(event.topic(), null, event.key(), ContractJson.write(event.contract()),
                headers), (metadata, exception) -> {
                    if (exception != null) {
                        failure.compareAndSet(null, exception);
                    }
                });
    }

    /** Waits until Kafka has every event. */
    @Override
    public void close() {
        producer.flush();
        producer.close(java.time.Duration.ofSeconds(60));
        Exception failed = failure.get();
        if (failed != null) {
            throw new IllegalStateException("Kafka at " + bootstrapServers + " refused an event", failed);
        }
    }

    private static void header(RecordHeaders headers, String name, String value) {
        headers.add(name, value.getBytes(StandardCharsets.UTF_8));
    }
}
