package org.sportello.intake.personaldata;

import java.nio.charset.StandardCharsets;
import java.sql.ResultSetMetaData;
import java.sql.Types;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Looks for texts in what is stored, byte for byte: every column of every row of every table of a
 * database (bytea as its bytes, anything else as PostgreSQL prints it), and every key, value and
 * header of a Kafka topic. What it reports is where each text was found.
 */
final class RawBytes {

    private RawBytes() {
    }

    /** A text found in a place: {@code table.column} or {@code topic[partition@offset]}. */
    record Found(String where, String text) {
    }

    /** The tables scanned, so that a test can show the scan saw what it means to cover. */
    static List<String> tables(JdbcClient jdbc) {
        return jdbc.sql("SELECT tablename FROM pg_tables WHERE schemaname = current_schema() ORDER BY tablename")
                .query(String.class).list();
    }

    static List<Found> inDatabase(JdbcClient jdbc, Collection<String> texts) {
        List<Found> found = new ArrayList<>();
        for (String table : tables(jdbc)) {
            jdbc.sql("SELECT * FROM \"" + table + "\"").query(rs -> {
                ResultSetMetaData columns = rs.getMetaData();
                for (int column = 1; column <= columns.getColumnCount(); column++) {
                    byte[] bytes = columns.getColumnType(column) == Types.BINARY ? rs.getBytes(column)
                            : rs.getString(column) == null ? null : rs.getString(column).getBytes(StandardCharsets.UTF_8);
                    String where = table + "." + columns.getColumnName(column);
                    texts.stream().filter(text -> contains(bytes, text)).forEach(text -> found.add(new Found(where, text)));
                }
            });
        }
        return found;
    }

    static List<Found> inTopic(String bootstrapServers, String topic, Collection<String> texts) {
        List<Found> found = new ArrayList<>();
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.GROUP_ID_CONFIG, "raw-bytes-" + UUID.randomUUID(),
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false),
                new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(15)).stream()
                    .map(info -> new TopicPartition(topic, info.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            while (partitions.stream().anyMatch(partition -> consumer.position(partition) < end.get(partition))) {
                for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(500))) {
                    String where = topic + "[" + record.partition() + "@" + record.offset() + "]";
                    List<byte[]> parts = new ArrayList<>(List.of(bytes(record.key()), bytes(record.value())));
                    for (Header header : record.headers()) {
                        parts.add(bytes(header.value()));
                    }
                    for (String text : texts) {
                        if (parts.stream().anyMatch(part -> contains(part, text))) {
                            found.add(new Found(where, text));
                        }
                    }
                }
            }
        }
        return found;
    }

    /** The records a topic holds now, for a test to show the scan read some. */
    static long records(String bootstrapServers, String topic) {
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.GROUP_ID_CONFIG, "raw-bytes-" + UUID.randomUUID()),
                new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(15)).stream()
                    .map(info -> new TopicPartition(topic, info.partition())).toList();
            Map<TopicPartition, Long> begin = consumer.beginningOffsets(partitions);
            return consumer.endOffsets(partitions).entrySet().stream()
                    .mapToLong(entry -> entry.getValue() - begin.get(entry.getKey())).sum();
        }
    }

    private static byte[] bytes(byte[] bytes) {
        return bytes == null ? new byte[0] : bytes;
    }

    static boolean contains(byte[] haystack, String text) {
        if (haystack == null) {
            return false;
        }
        byte[] needle = text.getBytes(StandardCharsets.UTF_8);
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}
