package org.sportello.intake;

import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.sportello.contracts.CloudEventHeaders;
import org.sportello.contracts.scheduling.SchedulingTopic;
import org.sportello.contracts.scheduling.v1.AppointmentBooked;
import org.sportello.contracts.scheduling.v1.AppointmentCancelled;
import org.sportello.contracts.scheduling.v1.AppointmentRescheduled;
import org.sportello.contracts.scheduling.v1.CancelledBy;
import org.sportello.contracts.scheduling.v1.OfficeCreated;
import org.sportello.contracts.scheduling.v1.OfficeKind;
import org.sportello.contracts.scheduling.v1.Operator;
import org.sportello.contracts.scheduling.v1.OperatorRole;
import org.sportello.platform.consuming.DeadLetterTopics;
import org.sportello.platform.json.ContractJson;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Publishes on {@code sportello.scheduling.events} what scheduling's relay would: the contract's
 * JSON as the value, the id the contract names as the key, CloudEvents binary-mode headers. Sends
 * are synchronous, so a test knows its records are on the topic before it waits for intake.
 *
 * <p>Intake accepts contacts only at offices scheduling has published: {@link #ensureOfficesKnown}
 * gives a test's intake the offices it records contacts at, as scheduling would have.
 */
public final class SchedulingEvents implements AutoCloseable {

    /** As many partitions as a service's relay creates its topic with. */
    static final int PARTITIONS = 3;
    /** A consumer group's first join waits for the broker's initial rebalance delay, and the topic is read from its start. */
    static final Duration KNOWN_WITHIN = Duration.ofSeconds(60);

    private final KafkaProducer<String, byte[]> producer;

    public SchedulingEvents(String bootstrapServers) {
        createTopicIfMissing(bootstrapServers);
        producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.ACKS_CONFIG, "all"), new StringSerializer(), new ByteArraySerializer());
    }

    /**
     * Consumer groups of a new intake's own: every test context has a database of its own, and a
     * group shared with another context would have committed offsets past offices this one never saw.
     */
    public static Map<String, String> consumerGroupsOfANewIntake() {
        String suffix = UUID.randomUUID().toString();
        return Map.of("sportello.intake.offices.group-id", "intake.offices." + suffix,
                "sportello.intake.appointments.group-id", "intake.appointments." + suffix);
    }

    /**
     * Intake's consumers never create scheduling's topic (they wait for it), so the tests create it as
     * scheduling's relay would, before an intake subscribes.
     */
    public static void createTopicIfMissing(String bootstrapServers) {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
            admin.createTopics(List.of(new NewTopic(SchedulingTopic.NAME, PARTITIONS, (short) 1))).all()
                    .get(30, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof TopicExistsException)) {
                throw new IllegalStateException("Cannot create " + SchedulingTopic.NAME, e);
            }
        } catch (Exception e) {
            throw new IllegalStateException("Cannot create " + SchedulingTopic.NAME, e);
        }
    }

    /**
     * Publishes {@code OfficeCreated} for each office the intake on {@code jdbc}'s database does not
     * know yet, and waits until it knows them all.
     */
    public static void ensureOfficesKnown(String bootstrapServers, JdbcClient jdbc, String... officeIds) {
        List<String> unknown = Arrays.stream(officeIds).filter(office -> !isKnown(jdbc, office)).toList();
        if (unknown.isEmpty()) {
            return;
        }
        try (SchedulingEvents scheduling = new SchedulingEvents(bootstrapServers)) {
            unknown.forEach(scheduling::officeCreated);
        }
        awaitKnown(jdbc, unknown.toArray(String[]::new));
    }

    public static void awaitKnown(JdbcClient jdbc, String... officeIds) {
        await().atMost(KNOWN_WITHIN).until(() -> Arrays.stream(officeIds).allMatch(office -> isKnown(jdbc, office)));
    }

    public static boolean isKnown(JdbcClient jdbc, String officeId) {
        return jdbc.sql("SELECT 1 FROM known_office WHERE office_id = ?").param(officeId).query().optionalValue()
                .isPresent();
    }

    /** Publishes an office's creation under a new event id; returns the event id. */
    public String officeCreated(String officeId) {
        String eventId = UUID.randomUUID().toString();
        send(eventId, officeCreated(officeId, "Segretariato Sociale " + officeId));
        return eventId;
    }

    public static OfficeCreated officeCreated(String officeId, String name) {
        return new OfficeCreated(officeId, "monza", name, "Piazza Esempio 1, 20900 Monza", OfficeKind.SECRETARIAT,
                null, Instant.parse("2025-01-13T08:10:00Z"), "admin-1");
    }

    /**
     * Publishes {@code OfficeCreated} of kind PARTNER_DESK for each desk office the intake on
     * {@code jdbc}'s database does not know yet, and waits until it knows them all.
     */
    public static void ensureDesksKnown(String bootstrapServers, JdbcClient jdbc, String... deskIds) {
        List<String> unknown = Arrays.stream(deskIds).filter(desk -> !isKnown(jdbc, desk)).toList();
        if (unknown.isEmpty()) {
            return;
        }
        try (SchedulingEvents scheduling = new SchedulingEvents(bootstrapServers)) {
            unknown.forEach(desk -> scheduling.send(UUID.randomUUID().toString(), deskCreated(desk)));
        }
        awaitKnown(jdbc, unknown.toArray(String[]::new));
    }

    /** A partner organisation's help desk in Est Milano, as scheduling publishes one. */
    public static OfficeCreated deskCreated(String officeId) {
        return new OfficeCreated(officeId, "pioltello", "Centro di ascolto " + officeId, "Via Roma 10, 20096 Pioltello",
                OfficeKind.PARTNER_DESK, "Caritas Ambrosiana", Instant.parse("2025-01-13T08:10:00Z"), "admin-1");
    }

    /** Publishes {@code created} under {@code eventId}, as the relay does again when it redelivers. */
    public RecordMetadata send(String eventId, OfficeCreated created) {
        return send(eventId, OfficeCreated.TYPE, created.officeId(), ContractJson.write(created));
    }

    /** Books an appointment at the office for the citizen (null: an anonymous caller); returns its id. */
    public UUID appointmentBooked(String officeId, UUID citizenId) {
        UUID appointmentId = UUID.randomUUID();
        Instant start = Instant.now().minus(Duration.ofHours(1));
        AppointmentBooked booked = new AppointmentBooked(appointmentId, UUID.randomUUID(), officeId, citizenId, start,
                start.plus(Duration.ofHours(1)), List.of(new Operator("op-0173", OperatorRole.SOCIAL_WORKER)),
                start.minus(Duration.ofDays(10)), start.minus(Duration.ofDays(9)), "op-0173");
        send(UUID.randomUUID().toString(), AppointmentBooked.TYPE, appointmentId.toString(), ContractJson.write(booked));
        return appointmentId;
    }

    public void appointmentRescheduled(UUID appointmentId, String officeId) {
        Instant start = Instant.now().minus(Duration.ofMinutes(30));
        AppointmentRescheduled moved = new AppointmentRescheduled(appointmentId, officeId, start,
                start.plus(Duration.ofHours(1)), List.of(new Operator("op-0173", OperatorRole.SOCIAL_WORKER)),
                Instant.now().minus(Duration.ofDays(1)), "op-0173");
        send(UUID.randomUUID().toString(), AppointmentRescheduled.TYPE, appointmentId.toString(),
                ContractJson.write(moved));
    }

    public void appointmentCancelled(UUID appointmentId, String officeId) {
        AppointmentCancelled cancelled = new AppointmentCancelled(appointmentId, officeId, CancelledBy.CITIZEN,
                Instant.now().minus(Duration.ofDays(1)), "op-0173");
        send(UUID.randomUUID().toString(), AppointmentCancelled.TYPE, appointmentId.toString(),
                ContractJson.write(cancelled));
    }

    /**
     * Publishes any value under any type and key, e.g. a record no consumer can read; returns where it
     * landed.
     */
    public RecordMetadata send(String eventId, String type, String key, byte[] value) {
        RecordHeaders headers = new RecordHeaders();
        header(headers, CloudEventHeaders.SPEC_VERSION, CloudEventHeaders.SPEC_VERSION_1_0);
        header(headers, CloudEventHeaders.ID, eventId);
        header(headers, CloudEventHeaders.TYPE, type);
        header(headers, CloudEventHeaders.SOURCE, SchedulingTopic.SOURCE);
        header(headers, CloudEventHeaders.TIME, Instant.now().toString());
        header(headers, CloudEventHeaders.SUBJECT, key);
        header(headers, CloudEventHeaders.CONTENT_TYPE, CloudEventHeaders.JSON);
        try {
            return producer.send(new ProducerRecord<>(SchedulingTopic.NAME, null, key, value, headers))
                    .get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("Kafka did not take the record", e);
        }
    }

    /**
     * The dead letter of {@code eventId} from consumer group {@code group} on
     * {@code sportello.scheduling.events.dlt}, read from its start as an operator would, waiting up
     * to {@code patience} for it.
     */
    public static Optional<ConsumerRecord<String, byte[]>> deadLetter(String bootstrapServers, String eventId,
                                                                      String group, Duration patience) {
        String topic = DeadLetterTopics.topicFor(SchedulingTopic.NAME);
        try (var consumer = new KafkaConsumer<>(Map.<String, Object>of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.GROUP_ID_CONFIG, "dead-letter-reader-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false), new StringDeserializer(), new ByteArrayDeserializer())) {
            Instant deadline = Instant.now().plus(patience);
            List<TopicPartition> partitions = List.of();
            while (partitions.isEmpty() && Instant.now().isBefore(deadline)) {
                partitions = consumer.partitionsFor(topic, Duration.ofSeconds(5)).stream()
                        .map(partition -> new TopicPartition(topic, partition.partition())).toList();
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

    public static String header(ConsumerRecord<?, ?> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    private static void header(RecordHeaders headers, String name, String value) {
        headers.add(name, value.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public void close() {
        producer.close();
    }
}
