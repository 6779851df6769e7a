package org.sportello.reporting;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.sportello.contracts.CloudEventHeaders;
import org.sportello.contracts.intake.IntakeTopic;
import org.sportello.platform.consuming.DeadLetterTopics;
import org.sportello.testing.TestInfrastructure;

/**
 * Reads a dead-letter topic (intake's unless named) as an operator would: from the start, looking for one record.
 * Every test context on the shared broker sends its dead letters there, so a letter is found by
 * its {@code ce_id} and the consumer group that gave up on it.
 */
public final class DeadLetterTopic {

    public static final String NAME = DeadLetterTopics.topicFor(IntakeTopic.NAME);

    private DeadLetterTopic() {
    }

    /** The dead letter of {@code eventId} from {@code group}, waiting up to {@code patience} for it. */
    public static Optional<ConsumerRecord<String, byte[]>> find(String eventId, String group, Duration patience) {
        return find(NAME, eventId, group, patience);
    }

    /** The same on {@code deadLetterTopic}, the dead-letter topic of another service's topic. */
    public static Optional<ConsumerRecord<String, byte[]>> find(String deadLetterTopic, String eventId, String group,
                                                                Duration patience) {
        try (var consumer = new KafkaConsumer<>(Map.<String, Object>of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, TestInfrastructure.kafkaBootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "dead-letter-reader-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false), new StringDeserializer(), new ByteArrayDeserializer())) {
            Instant deadline = Instant.now().plus(patience);
            List<TopicPartition> partitions = List.of();
            while (partitions.isEmpty() && Instant.now().isBefore(deadline)) {
                partitions = consumer.partitionsFor(deadLetterTopic, Duration.ofSeconds(5)).stream()
                        .map(partition -> new TopicPartition(deadLetterTopic, partition.partition())).toList();
            }
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            while (Instant.now().isBefore(deadline)) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(500))) {
                    if (eventId.equals(header(record, CloudEventHeaders.ID))
                            && group.equals(header(record, DeadLetterTopics.GROUP_HEADER))) {
                        return Optional.of(record);
                    }
                }
            }
            return Optional.empty();
        }
    }

    /**
     * Every dead letter {@code group} has sent until now: read up to the topic's end as it is at
     * the call, so that a letter missing from the answer was never sent before it. A group's
     * letters of a record are sent before it commits the record's offset.
     */
    public static List<ConsumerRecord<String, byte[]>> sentBy(String group) {
        try (var consumer = new KafkaConsumer<>(Map.<String, Object>of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, TestInfrastructure.kafkaBootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "dead-letter-reader-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false), new StringDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(NAME, Duration.ofSeconds(10)).stream()
                    .map(partition -> new TopicPartition(NAME, partition.partition())).toList();
            if (partitions.isEmpty()) {
                throw new IllegalStateException(NAME + " does not exist: the projection creates it when it starts");
            }
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions, Duration.ofSeconds(10));
            List<ConsumerRecord<String, byte[]>> letters = new ArrayList<>();
            // Bounded: a broker that does not hand over what it has fails the test rather than hang it.
            Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
            while (partitions.stream().anyMatch(partition -> consumer.position(partition) < ends.get(partition))) {
                if (Instant.now().isAfter(deadline)) {
                    throw new IllegalStateException("Could not read " + NAME + " up to " + ends + " in 30 s");
                }
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(500))) {
                    if (group.equals(header(record, DeadLetterTopics.GROUP_HEADER))) {
                        letters.add(record);
                    }
                }
            }
            return letters;
        }
    }

    public static String header(ConsumerRecord<?, ?> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
