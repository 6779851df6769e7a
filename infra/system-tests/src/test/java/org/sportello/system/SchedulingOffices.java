package org.sportello.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.sportello.client.SportelloApi;
import org.sportello.client.SportelloRequests;
import org.sportello.contracts.CloudEventHeaders;
import org.sportello.contracts.scheduling.SchedulingTopic;
import org.sportello.contracts.scheduling.v1.OfficeCreated;
import org.sportello.contracts.scheduling.v1.OfficeKind;

import tools.jackson.databind.json.JsonMapper;

/**
 * The offices the system tests record contacts at, published on {@code sportello.scheduling.events}
 * as scheduling's relay would (CloudEvents, binary mode): intake accepts contacts only at offices
 * scheduling has published, and these tests run no scheduling.
 */
final class SchedulingOffices {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Duration KNOWN_WITHIN = Duration.ofSeconds(90);

    private SchedulingOffices() {
    }

    /** Before intake starts, as scheduling's relay would have: intake's consumers wait for the topic, never create it. */
    static void createTopic(String bootstrapServers) {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
            admin.createTopics(List.of(new NewTopic(SchedulingTopic.NAME, 3, (short) 1))).all().get(30, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof TopicExistsException)) {
                throw new IllegalStateException("Cannot create " + SchedulingTopic.NAME, e);
            }
        } catch (Exception e) {
            throw new IllegalStateException("Cannot create " + SchedulingTopic.NAME, e);
        }
    }

    static void publish(String bootstrapServers, List<String> officeIds) {
        try (var producer = new KafkaProducer<>(Map.<String, Object>of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.ACKS_CONFIG, "all"), new StringSerializer(), new ByteArraySerializer())) {
            for (String officeId : officeIds) {
                OfficeCreated created = new OfficeCreated(officeId, "system-tests", "Segretariato Sociale " + officeId,
                        "Piazza Esempio 1", OfficeKind.SECRETARIAT, null, Instant.now(), "admin-1");
                RecordHeaders headers = new RecordHeaders();
                header(headers, CloudEventHeaders.SPEC_VERSION, CloudEventHeaders.SPEC_VERSION_1_0);
                header(headers, CloudEventHeaders.ID, UUID.randomUUID().toString());
                header(headers, CloudEventHeaders.TYPE, OfficeCreated.TYPE);
                header(headers, CloudEventHeaders.SOURCE, SchedulingTopic.SOURCE);
                header(headers, CloudEventHeaders.TIME, Instant.now().toString());
                header(headers, CloudEventHeaders.SUBJECT, officeId);
                header(headers, CloudEventHeaders.CONTENT_TYPE, CloudEventHeaders.JSON);
                producer.send(new ProducerRecord<>(SchedulingTopic.NAME, null, officeId, JSON.writeValueAsBytes(created),
                        headers)).get(30, TimeUnit.SECONDS);
            }
        } catch (Exception e) {
            throw new IllegalStateException("Kafka did not take the offices", e);
        }
    }

    /**
     * Waits until intake knows each office, asking as a client can without recording anything: a
     * contact of a citizen nobody registered is refused as {@code unknown-office} while intake does
     * not know the office (offices are checked first), and as {@code citizen-not-found} once it does.
     */
    static void awaitKnown(SportelloApi intake, List<String> officeIds) {
        for (String officeId : officeIds) {
            await().atMost(KNOWN_WITHIN).pollInterval(Duration.ofMillis(250)).until(() -> {
                var answer = intake.post("/api/contacts",
                        SportelloRequests.walkInContact(UUID.randomUUID(), officeId, Instant.now()));
                assertThat(answer.status()).as(answer.raw()).isIn(404, 422);
                return answer.status() == 404;
            });
        }
    }

    private static void header(RecordHeaders headers, String name, String value) {
        headers.add(name, value.getBytes(StandardCharsets.UTF_8));
    }
}
