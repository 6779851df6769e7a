package org.sportello.platform.consuming;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;

/**
 * Where records that a projection cannot use go: {@code <topic>}{@value #TOPIC_SUFFIX}, through
 * Spring Kafka's {@link DeadLetterPublishingRecoverer}. A dead letter is the original record (key,
 * value and CloudEvents headers unchanged) plus the recoverer's {@code kafka_dlt-*} headers (original
 * topic, partition, offset, timestamp, exception) and three of ours: {@value #REASON_HEADER},
 * a sentence saying what is wrong, {@value #PROJECTION_HEADER} and {@value #GROUP_HEADER}. Each is counted in
 * {@value #METER} and logged with its reason, so someone sees it, fixes the cause and can replay it.
 *
 * <p>Sends are synchronous: the batch's offsets are committed only once Kafka has every dead
 * letter of it, so a dead letter is never lost (a redelivered batch may send one twice).
 *
 * <p>The dead-letter topic gets {@code sportello.consuming.dead-letter-partitions} partitions (one
 * by default), created on the consumer's start and before the first send if missing: dead letters
 * are rare, and one partition keeps them in a single ordered log that is easy to read and replay.
 * The recoverer names no partition (Kafka's partitioner picks one by the original key), so a
 * dead-letter topic that someone created with any number of partitions works as well; the
 * original partition is in the {@code kafka_dlt-original-partition} header.
 */
public class DeadLetterTopics implements DisposableBean {

    public static final String TOPIC_SUFFIX = ".dlt";
    public static final String REASON_HEADER = "sportello_dlt_reason";
    public static final String PROJECTION_HEADER = "sportello_dlt_projection";
    /** The group that gave up: Spring Kafka 4.1's recoverer no longer writes kafka_dlt-original-consumer-group. */
    public static final String GROUP_HEADER = "sportello_dlt_consumer_group";
    public static final String METER = "sportello.consumer.dead.letters";

    private static final Logger log = LoggerFactory.getLogger(DeadLetterTopics.class);

    private final DefaultKafkaProducerFactory<String, byte[]> producers;
    private final DeadLetterPublishingRecoverer recoverer;
    private final KafkaAdmin admin;
    private final MeterRegistry meters;
    private final int partitions;
    private final Set<String> ensured = ConcurrentHashMap.newKeySet();

    public DeadLetterTopics(KafkaProperties kafka, KafkaAdmin admin, MeterRegistry meters, int partitions) {
        Map<String, Object> producer = kafka.buildProducerProperties();
        // A dead letter is the only trace of a record that was not applied: like the relay, send
        // it once and only with every in-sync replica's acknowledgement.
        producer.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        producer.put(ProducerConfig.ACKS_CONFIG, "all");
        // With Kafka down, fail the batch in seconds (it is retried) rather than after the client's minute.
        producer.putIfAbsent(ProducerConfig.MAX_BLOCK_MS_CONFIG, 10_000);
        producer.putIfAbsent(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 10_000);
        producer.putIfAbsent(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 25_000);
        this.producers = new DefaultKafkaProducerFactory<>(producer, new StringSerializer(), new ByteArraySerializer());
        this.recoverer = new DeadLetterPublishingRecoverer(new KafkaTemplate<>(producers),
                (record, exception) -> new TopicPartition(topicFor(record.topic()), -1));
        this.recoverer.setHeadersFunction(DeadLetterTopics::ourHeaders);
        this.admin = admin;
        this.meters = meters;
        this.partitions = partitions;
    }

    /** The dead-letter topic of {@code topic}. */
    public static String topicFor(String topic) {
        return topic + TOPIC_SUFFIX;
    }

    /**
     * Sends {@code record} to its dead-letter topic and counts it; throws when Kafka does not take
     * it, so that the batch is retried rather than the record lost.
     */
    void send(ConsumerRecord<String, byte[]> record, Consumer<?, ?> consumer, PoisonRecord poison) {
        ensureTopic(record.topic());
        recoverer.accept(record, consumer, poison);
        log.warn("Projection {} sent the record at {}-{} offset {} to {}: {}", poison.projection(), record.topic(),
                record.partition(), record.offset(), topicFor(record.topic()), poison.reason());
        Counter.builder(METER)
                .description("Records a projection could not use, sent to the dead-letter topic with the reason")
                .tag("projection", poison.projection())
                .tag("topic", record.topic())
                .register(meters)
                .increment();
    }

    /** Creates the dead-letter topic of {@code topic} if it does not exist yet; throws if Kafka cannot. */
    void ensureTopic(String topic) {
        if (!ensured.contains(topic)) {
            admin.createOrModifyTopics(TopicBuilder.name(topicFor(topic)).partitions(partitions).build());
            ensured.add(topic);
        }
    }

    private static RecordHeaders ourHeaders(ConsumerRecord<?, ?> record, Exception exception) {
        RecordHeaders headers = new RecordHeaders();
        if (exception instanceof PoisonRecord poison) {
            headers.add(REASON_HEADER, poison.reason().getBytes(StandardCharsets.UTF_8));
            headers.add(PROJECTION_HEADER, poison.projection().getBytes(StandardCharsets.UTF_8));
            headers.add(GROUP_HEADER, poison.group().getBytes(StandardCharsets.UTF_8));
        }
        return headers;
    }

    @Override
    public void destroy() {
        producers.destroy();
    }
}
