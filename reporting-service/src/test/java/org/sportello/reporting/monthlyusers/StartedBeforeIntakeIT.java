package org.sportello.reporting.monthlyusers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.sportello.contracts.CloudEventHeaders;
import org.sportello.contracts.intake.IntakeTopic;
import org.sportello.contracts.intake.v1.ContactRecorded;
import org.sportello.local.LocalKafka;
import org.sportello.platform.consuming.ProjectionContainers;
import org.sportello.platform.json.ContractJson;
import org.sportello.testing.SportelloServiceTest;
import org.sportello.testing.TestInfrastructure;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Reporting may start before intake has ever published: it must wait for intake's topic, not create
 * it with the broker's default of one partition (which intake's relay would then keep). A broker of
 * this test's own, since the shared one already has the topic; TestInfrastructure stops it when the
 * JVM exits, after this test's context (closed when the class is done) has left it.
 */
@SpringBootTest
@DirtiesContext
class StartedBeforeIntakeIT {

    private static LocalKafka broker;

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        SportelloServiceTest.register(registry, "reporting");
        broker = TestInfrastructure.startDedicatedKafka();
        registry.add("spring.kafka.bootstrap-servers", broker::bootstrapServers);
    }

    @Autowired
    ProjectionContainers listeners;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void waitsForIntakesTopicAndThenCounts() throws Exception {
        await().until(() -> listeners.container(MonthlyUsersProjection.NAME).isRunning());
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers()))) {
            // Long enough for the consumer to have asked for the topic's metadata several times.
            await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5))
                    .until(() -> !admin.listTopics().names().get().contains(IntakeTopic.NAME));
            admin.createTopics(List.of(new NewTopic(IntakeTopic.NAME, 3, (short) 1))).all().get();
        }

        publish(Contacts.of(UUID.randomUUID(), "monza-centro", Instant.parse("2025-01-10T10:00:00Z")));

        await().atMost(Duration.ofSeconds(60)).until(() -> jdbc.queryForObject(
                "SELECT coalesce(sum(contacts), 0) FROM monthly_office_activity"
                        + " WHERE month = '2025-01' AND office_id = 'monza-centro'",
                Long.class) == 1L);
    }

    private static void publish(ContactRecorded contact) throws Exception {
        try (var producer = new KafkaProducer<>(Map.<String, Object>of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                broker.bootstrapServers()), new StringSerializer(), new ByteArraySerializer())) {
            RecordHeaders headers = new RecordHeaders();
            headers.add(CloudEventHeaders.SPEC_VERSION, CloudEventHeaders.SPEC_VERSION_1_0.getBytes(StandardCharsets.UTF_8));
            headers.add(CloudEventHeaders.ID, UUID.randomUUID().toString().getBytes(StandardCharsets.UTF_8));
            headers.add(CloudEventHeaders.TYPE, ContactRecorded.TYPE.getBytes(StandardCharsets.UTF_8));
            headers.add(CloudEventHeaders.SOURCE, IntakeTopic.SOURCE.getBytes(StandardCharsets.UTF_8));
            producer.send(new ProducerRecord<>(IntakeTopic.NAME, null, contact.caseId().toString(),
                    ContractJson.write(contact), headers)).get();
        }
    }
}
