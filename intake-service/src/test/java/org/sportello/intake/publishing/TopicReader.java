package org.sportello.intake.publishing;


import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.awaitility.Awaitility;
import org.sportello.contracts.CloudEventHeaders;
import org.sportello.contracts.intake.IntakeTopic;

/** Reads intake's topic from the start, as a consumer in a group of its own; records are picked by key and type. */
public final class TopicReader implements AutoCloseable {

    private final KafkaConsumer<String, byte[]> consumer;
    private final List<ConsumerRecord<String, byte[]>> received = new ArrayList<>();

    public TopicReader(String bootstrapServers) {
        consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.GROUP_ID_CONFIG, "intake-topic-reader-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false),
                new StringDeserializer(), new ByteArrayDeserializer());
        consumer.subscribe(List.of(IntakeTopic.NAME));
    }

    /** Polls until a record of this type for this aggregate arrives, and returns it. */
    public ConsumerRecord<String, byte[]> await(String type, UUID aggregateId, Duration atMost) {
        Predicate<ConsumerRecord<String, byte[]>> wanted = record -> aggregateId.toString().equals(record.key())
                && type.equals(header(record, CloudEventHeaders.TYPE));
        return Awaitility.await().atMost(atMost).until(() -> {
            poll();
            return received.stream().filter(wanted).findFirst().orElse(null);
        }, found -> found != null);
    }

    /** The types of every record received so far for this aggregate, in the order they arrived. */
    public List<String> typesOf(UUID aggregateId) {
        poll();
        return received.stream().filter(record -> aggregateId.toString().equals(record.key()))
                .map(record -> header(record, CloudEventHeaders.TYPE)).toList();
    }

    private void poll() {
        consumer.poll(Duration.ofMillis(200)).forEach(received::add);
    }

    static String header(ConsumerRecord<String, byte[]> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        consumer.close();
    }
}
