package org.sportello.platform.personaldata.erasurelog;

import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Reads the whole erasure log, from its first record to the last one there was when the read
 * began, with a consumer of no group (it commits nothing and is seen by no one). The last record
 * of a subject is its entry, as compaction would leave it; a record without a value (a
 * tombstone, written by hand) takes the subject out of the log.
 */
final class ErasureLogReader {

    private static final Duration POLL = Duration.ofMillis(200);

    /** @param unreadable records that are not entries of the log (another key or value), left aside */
    record Contents(List<LoggedErasure> erasures, int unreadable) {
    }

    private final String topic;
    private final Map<String, Object> consumerConfig;
    private final Duration timeout;

    ErasureLogReader(String topic, Map<String, Object> kafkaConsumerProperties, Duration timeout) {
        this.topic = topic;
        this.timeout = timeout;
        Map<String, Object> config = new HashMap<>(kafkaConsumerProperties);
        config.remove(ConsumerConfig.GROUP_ID_CONFIG);
        config.remove(ConsumerConfig.GROUP_INSTANCE_ID_CONFIG);
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        // Asking for a log that does not exist must not create an empty one with the broker's defaults.
        config.put(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, false);
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        this.consumerConfig = Map.copyOf(config);
    }

    /** Throws {@link ErasureLogFailed} when Kafka cannot be read in full within the timeout. */
    Contents readAll() {
        long giveUp = System.nanoTime() + timeout.toNanos();
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(consumerConfig, new StringDeserializer(),
                new ByteArrayDeserializer())) {
            List<PartitionInfo> found = consumer.partitionsFor(topic, timeout);
            if (found == null || found.isEmpty()) {
                return new Contents(List.of(), 0);
            }
            List<TopicPartition> partitions = found.stream()
                    .map(partition -> new TopicPartition(partition.topic(), partition.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions, timeout);
            Map<String, LoggedErasure> bySubject = new LinkedHashMap<>();
            int unreadable = 0;
            while (!reached(consumer, ends)) {
                if (System.nanoTime() > giveUp) {
                    throw new ErasureLogFailed("the erasure log " + topic + " could not be read to its end within "
                            + timeout + "; nothing was re-applied", null);
                }
                for (ConsumerRecord<String, byte[]> record : consumer.poll(POLL)) {
                    Long end = ends.get(new TopicPartition(record.topic(), record.partition()));
                    if (end == null || record.offset() >= end) {
                        continue; // written after the read began: the next re-application sees it
                    }
                    if (record.key() == null) {
                        unreadable++;
                        continue;
                    }
                    bySubject.remove(record.key());
                    if (record.value() == null) {
                        continue;
                    }
                    LoggedErasure erasure = ErasureLogRecords.read(record.key(), record.value());
                    if (erasure == null) {
                        unreadable++;
                    } else {
                        bySubject.put(record.key(), erasure);
                    }
                }
            }
            return new Contents(List.copyOf(bySubject.values()), unreadable);
        } catch (KafkaException e) {
            throw new ErasureLogFailed("the erasure log " + topic + " cannot be read; nothing was re-applied", e);
        }
    }

    private static boolean reached(KafkaConsumer<String, byte[]> consumer, Map<TopicPartition, Long> ends) {
        return ends.entrySet().stream().allMatch(end -> consumer.position(end.getKey()) >= end.getValue());
    }
}
