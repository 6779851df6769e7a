package org.sportello.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalKafkaTest {

    @TempDir
    Path dataDir;

    @Test
    void aProducedRecordIsConsumedBack() throws Exception {
        try (LocalKafka kafka = LocalKafka.start(dataDir, 0)) {
            produce(kafka.bootstrapServers(), "round-trip", "case-1", "opened");

            assertThat(consumeAll(kafka.bootstrapServers(), "round-trip", 1))
                    .containsExactly("case-1=opened");
        }
    }

    @Test
    void aRestartedBrokerKeepsItsPortAndItsRecords() throws Exception {
        try (LocalKafka kafka = LocalKafka.start(dataDir, 0)) {
            String address = kafka.bootstrapServers();
            produce(address, "durable", "case-1", "before the restart");

            kafka.stop();
            assertThat(kafka.isRunning()).isFalse();
            kafka.start();

            assertThat(kafka.isRunning()).isTrue();
            assertThat(kafka.bootstrapServers()).isEqualTo(address);
            produce(address, "durable", "case-2", "after the restart");
            assertThat(consumeAll(address, "durable", 2))
                    .containsExactly("case-1=before the restart", "case-2=after the restart");
        }
    }

    @Test
    void aNewBrokerOnAnExistingDataDirectoryFindsTheRecords() throws Exception {
        int port;
        try (LocalKafka first = LocalKafka.start(dataDir, 0)) {
            port = first.port();
            produce(first.bootstrapServers(), "kept", "case-1", "written by the first broker");
        }
        try (LocalKafka second = LocalKafka.start(dataDir, port)) {
            assertThat(consumeAll(second.bootstrapServers(), "kept", 1))
                    .containsExactly("case-1=written by the first broker");
        }
    }

    static void produce(String bootstrapServers, String topic, String key, String value) throws Exception {
        Map<String, Object> config = Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.ACKS_CONFIG, "all");
        try (var producer = new KafkaProducer<>(config, new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>(topic, key, value)).get();
        }
    }

    static List<String> consumeAll(String bootstrapServers, String topic, int expected) {
        Map<String, Object> config = Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.GROUP_ID_CONFIG, "test-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        List<String> records = new ArrayList<>();
        try (var consumer = new KafkaConsumer<>(config, new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(topic));
            Instant deadline = Instant.now().plusSeconds(30);
            while (records.size() < expected && Instant.now().isBefore(deadline)) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
                    records.add(record.key() + "=" + record.value());
                }
            }
        }
        return records;
    }
}
