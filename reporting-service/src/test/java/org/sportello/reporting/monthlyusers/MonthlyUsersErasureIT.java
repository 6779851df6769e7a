package org.sportello.reporting.monthlyusers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;
import org.sportello.contracts.CloudEventHeaders;
import org.sportello.contracts.intake.v1.CitizenErased;
import org.sportello.contracts.intake.v1.ContactRecorded;
import org.sportello.platform.json.ContractJson;
import org.sportello.reporting.DeadLetterTopic;
import org.sportello.reporting.IntakeTopicProducer;
import org.sportello.reporting.ReportsApi;
import org.sportello.reporting.TestMonths;
import org.sportello.reporting.monthlyusers.MonthlyUsersReport.Row;
import org.sportello.testing.SportelloServiceTest;
import org.sportello.testing.TestInfrastructure;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A citizen's erasure on the real topic: monthly users keeps counting the erased citizen in the
 * months and offices already published (counts are anonymous and must not change), and the
 * erasure is a published type it passes over, never a dead letter.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class MonthlyUsersErasureIT {

    /** The context reads the shared topic from the start before it reaches this test's records. */
    private static final Duration PATIENCE = Duration.ofSeconds(60);
    private static final String GROUP = "reporting.monthly-users.erasure-" + UUID.randomUUID();

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        SportelloServiceTest.register(registry, "reporting");
        registry.add("sportello.reporting.monthly-users.group-id", () -> GROUP);
        IntakeTopicProducer.createTopicIfMissing();
    }

    @LocalServerPort
    int port;

    @Test
    void anErasedCitizenStaysInTheCountsAndTheErasureIsNoDeadLetter() {
        ReportsApi api = new ReportsApi(port);
        Year year = TestMonths.unusedYear();
        String office = "erasure-" + Integer.toHexString(ThreadLocalRandom.current().nextInt(0x1000000, 0x7fffffff));
        String centro = office + "-centro";
        String sanRocco = office + "-san-rocco";
        List<UUID> citizens = citizens(6);
        UUID erased = citizens.get(0);
        Instant march = Instant.parse(year + "-03-10T09:00:00Z");
        Instant april = Instant.parse(year + "-04-14T15:00:00Z");

        try (IntakeTopicProducer intake = new IntakeTopicProducer()) {
            // The erased citizen is in every row: two offices in March, one in April, and 'all'.
            for (UUID citizen : citizens) {
                intake.send(Contacts.of(citizen, centro, march));
            }
            for (UUID citizen : citizens.subList(0, 5)) {
                intake.send(Contacts.of(citizen, sanRocco, march));
            }
            for (UUID citizen : citizens.subList(0, 5)) {
                intake.send(Contacts.of(citizen, centro, april));
            }
            List<Row> before = List.of(
                    new Row(year + "-03", centro, 6L, 6L, 0L, List.of()),
                    new Row(year + "-03", sanRocco, 5L, 5L, 0L, List.of()),
                    new Row(year + "-03", "all", 6L, 11L, 0L, List.of()),
                    new Row(year + "-04", centro, 5L, 5L, 0L, List.of()),
                    new Row(year + "-04", "all", 5L, 5L, 0L, List.of()));
            await().atMost(PATIENCE).untilAsserted(() -> assertThat(report(api, year)).containsExactlyElementsOf(before));

            RecordMetadata erasure = intake.send(UUID.randomUUID().toString(),
                    new CitizenErased(erased, Instant.parse(year + "-05-02T10:00:00Z")));
            // Keyed like the erasure, so on its partition and behind it: counted only if the
            // projection went on past the erasure.
            Year later = TestMonths.unusedYear();
            intake.send(UUID.randomUUID().toString(), ContactRecorded.TYPE, erased.toString(),
                    ContractJson.write(Contacts.anonymous(office + "-after", Instant.parse(later + "-01-05T10:00:00Z"))));
            await().atMost(PATIENCE).until(() -> !report(api, later).isEmpty());
            // Its dead letters, had it any, are sent before the offset past it is committed.
            awaitCommittedPast(erasure);

            assertThat(report(api, year)).containsExactlyElementsOf(before);
            assertThat(DeadLetterTopic.sentBy(GROUP))
                    .extracting(letter -> DeadLetterTopic.header(letter, CloudEventHeaders.TYPE))
                    .doesNotContain(CitizenErased.TYPE);
        }
    }

    private static List<Row> report(ReportsApi api, Year year) {
        HttpResponse<String> response = api.get("/api/reports/monthly-users?from=" + year + "-01&to=" + year + "-12",
                ReportsApi.RESEARCHER, "application/json");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return ReportsApi.read(response, MonthlyUsersReport.class).rows();
    }

    private static void awaitCommittedPast(RecordMetadata record) {
        TopicPartition partition = new TopicPartition(record.topic(), record.partition());
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                TestInfrastructure.kafkaBootstrapServers()))) {
            await().atMost(PATIENCE).untilAsserted(() -> {
                OffsetAndMetadata committed = admin.listConsumerGroupOffsets(GROUP).partitionsToOffsetAndMetadata().get()
                        .get(partition);
                assertThat(committed).as("committed offset of " + partition).isNotNull();
                assertThat(committed.offset()).as("committed offset of " + partition).isGreaterThan(record.offset());
            });
        }
    }

    private static List<UUID> citizens(int count) {
        List<UUID> citizens = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            citizens.add(UUID.randomUUID());
        }
        return citizens;
    }
}
