package org.sportello.testing;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.sportello.contracts.CloudEventHeaders;

/**
 * Publishes on a service's topic what its relay would, for a test of a consumer: the contract's
 * JSON as the value (the caller writes it, e.g. with the platform's {@code ContractJson}), the key
 * the contracts name, CloudEvents binary-mode headers. Sends are synchronous, so a test knows its
 * records are on the topic before it waits for the consumer. Each consuming service's tests add a
 * topic's events and keys on top of it.
 */
public class TopicPublisher implements AutoCloseable {

    /** As many partitions as the services' relays create their topics with, so records of different keys interleave. */
    public static final int PARTITIONS = 3;

    private final String topic;
    private final String source;
    private final KafkaProducer<String, byte[]> producer;

    public TopicPublisher(String topic, String source) {
        this.topic = topic;
        this.source = source;
        createTopicIfMissing(topic);
        producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestInfrastructure.kafkaBootstrapServers(),
                ProducerConfig.ACKS_CONFIG, "all"), new StringSerializer(), new ByteArraySerializer());
    }

    /**
     * A consumer never creates another service's topic (it waits for it), so the tests create it as
     * the relay would, before the first context subscribes.
     */
    public static void createTopicIfMissing(String topic) {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                TestInfrastructure.kafkaBootstrapServers()))) {
            admin.createTopics(List.of(new NewTopic(topic, PARTITIONS, (short) 1))).all().get(30, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof TopicExistsException)) {
                throw new IllegalStateException("Cannot create " + topic, e);
            }
        } catch (Exception e) {
            throw new IllegalStateException("Cannot create " + topic, e);
        }
    }

    /**
     * Publishes any value under any type and key, e.g. a record a consumer cannot read; returns
     * where it landed, for a test that waits until a consumer group has committed past it.
     */
    public RecordMetadata send(String eventId, String type, String key, byte[] value) {
        RecordHeaders headers = new RecordHeaders();
        header(headers, CloudEventHeaders.SPEC_VERSION, CloudEventHeaders.SPEC_VERSION_1_0);
        if (eventId != null) {
            header(headers, CloudEventHeaders.ID, eventId);
        }
        header(headers, CloudEventHeaders.TYPE, type);
        header(headers, CloudEventHeaders.SOURCE, source);
        header(headers, CloudEventHeaders.TIME, "2025-01-01T00:00:00Z");
        header(headers, CloudEventHeaders.SUBJECT, key);
        header(headers, CloudEventHeaders.CONTENT_TYPE, CloudEventHeaders.JSON);
        try {
            return producer.send(new ProducerRecord<>(topic, null, key, value, headers)).get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("Kafka did not take the record", e);
        }
    }

    private static void header(RecordHeaders headers, String name, String value) {
        headers.add(name, value.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public void close() {
        producer.close();
    }
}
