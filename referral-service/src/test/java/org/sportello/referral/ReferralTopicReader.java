package org.sportello.referral;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.awaitility.Awaitility;
import org.sportello.contracts.CloudEventHeaders;
import org.sportello.contracts.referral.ReferralTopic;
import org.sportello.testing.TestInfrastructure;

/** Reads referral's topic from the start in a group of its own, as a consumer would; records are picked by key and type. */
public final class ReferralTopicReader implements AutoCloseable {

    private final KafkaConsumer<String, byte[]> consumer;
    private final List<ConsumerRecord<String, byte[]>> received = new ArrayList<>();

    public ReferralTopicReader() {
        consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, TestInfrastructure.kafkaBootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "referral-topic-reader-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false),
                new StringDeserializer(), new ByteArrayDeserializer());
        consumer.subscribe(List.of(ReferralTopic.NAME));
    }

    /** The first record of {@code type} under {@code key}, waiting up to {@code atMost} for it. */
    public ConsumerRecord<String, byte[]> await(String type, String key, Duration atMost) {
        return Awaitility.await().atMost(atMost).until(() -> {
            consumer.poll(Duration.ofMillis(200)).forEach(received::add);
            return received.stream()
                    .filter(record -> key.equals(record.key()) && type.equals(header(record, CloudEventHeaders.TYPE)))
                    .findFirst().orElse(null);
        }, found -> found != null);
    }

    public static String header(ConsumerRecord<String, byte[]> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        consumer.close();
    }
}
