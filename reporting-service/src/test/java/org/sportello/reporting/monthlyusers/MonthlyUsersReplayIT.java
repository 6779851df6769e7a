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
import java.util.function.Function;
import java.util.stream.Collectors;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;
import org.sportello.contracts.intake.IntakeTopic;
import org.sportello.contracts.intake.v1.ContactRecorded;
import org.sportello.reporting.IntakeTopicProducer;
import org.sportello.reporting.ReportingApplication;
import org.sportello.reporting.ReportsApi;
import org.sportello.reporting.TestMonths;
import org.sportello.reporting.monthlyusers.MonthlyUsersReport.Row;
import org.sportello.testing.SportelloServiceTest;
import org.sportello.testing.TestInfrastructure;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The projection is a function of the topic: replayed from the start into an empty database it
 * gives the same numbers, and replayed again into the database that already has them (every event
 * redelivered) it changes nothing.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class MonthlyUsersReplayIT {

    private static final Duration PATIENCE = Duration.ofSeconds(60);

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        SportelloServiceTest.register(registry, "reporting");
        String group = newGroup();
        registry.add("sportello.reporting.monthly-users.group-id", () -> group);
        IntakeTopicProducer.createTopicIfMissing();
    }

    @LocalServerPort
    int port;

    @Test
    void replayingTheTopicGivesTheSameNumbers() {
        Year year = TestMonths.unusedYear();
        String office = "replay-" + Integer.toHexString(ThreadLocalRandom.current().nextInt(0x1000000, 0x7fffffff));
        publishAYearOfContacts(year, office);
        List<Row> expected = List.of(
                new Row(year + "-01", office + "-a", 8L, 12L, null, List.of("anonymousContacts")),
                new Row(year + "-01", office + "-b", 6L, 6L, 0L, List.of()),
                new Row(year + "-01", "all", 8L, 18L, null, List.of("anonymousContacts")),
                new Row(year + "-02", office + "-a", null, null, 0L, List.of("citizens", "contacts")),
                new Row(year + "-02", "all", null, null, 0L, List.of("citizens", "contacts")));
        List<Row> original = awaitRows(new ReportsApi(port), year, expected);

        String database = TestInfrastructure.newDatabase("reporting_replay");
        try (ConfigurableApplicationContext replay = startReporting(database, newGroup())) {
            awaitRows(api(replay), year, original);
        }

        // Same database, a new group: every event comes again and must be found already counted.
        String again = newGroup();
        try (ConfigurableApplicationContext restarted = startReporting(database, again)) {
            awaitCaughtUp(again);
            assertThat(report(api(restarted), year)).isEqualTo(original);
        }
    }

    /** Two offices, one citizen at both, anonymous contacts, a redelivered event, and a small month. */
    private static void publishAYearOfContacts(Year year, String office) {
        Instant january = Instant.parse(year + "-01-15T10:00:00Z");
        List<UUID> citizens = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            citizens.add(UUID.randomUUID());
        }
        try (IntakeTopicProducer intake = new IntakeTopicProducer()) {
            for (UUID citizen : citizens) {
                intake.send(Contacts.of(citizen, office + "-a", january));
            }
            ContactRecorded again = Contacts.of(citizens.get(0), office + "-a", january);
            String eventId = intake.send(again);
            intake.send(eventId, again);
            for (int i = 0; i < 3; i++) {
                intake.send(Contacts.anonymous(office + "-a", january));
            }
            for (UUID citizen : citizens.subList(2, 8)) {
                intake.send(Contacts.of(citizen, office + "-b", january.plusSeconds(86_400)));
            }
            intake.send(Contacts.of(citizens.get(0), office + "-a", Instant.parse(year + "-02-01T10:00:00Z")));
        }
    }

    private static ConfigurableApplicationContext startReporting(String databaseUrl, String group) {
        // Command-line arguments, not default properties: those rank below application.properties,
        // which would point this context at the real sportello_reporting database.
        return new SpringApplicationBuilder(ReportingApplication.class).run(
                "--server.port=0",
                "--spring.datasource.url=" + databaseUrl,
                "--spring.datasource.username=" + TestInfrastructure.postgresUser(),
                "--spring.datasource.password=" + TestInfrastructure.postgresPassword(),
                "--spring.kafka.bootstrap-servers=" + TestInfrastructure.kafkaBootstrapServers(),
                "--sportello.jwt.secret=" + TestInfrastructure.jwtSecret(),
                "--sportello.reporting.monthly-users.group-id=" + group);
    }

    private static ReportsApi api(ConfigurableApplicationContext context) {
        return new ReportsApi(Integer.parseInt(context.getEnvironment().getRequiredProperty("local.server.port")));
    }

    private static List<Row> awaitRows(ReportsApi api, Year year, List<Row> expected) {
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(report(api, year)).containsExactlyElementsOf(expected));
        return report(api, year);
    }

    private static List<Row> report(ReportsApi api, Year year) {
        HttpResponse<String> response = api.get("/api/reports/monthly-users?from=" + year + "-01&to=" + year + "-12",
                ReportsApi.RESEARCHER, "application/json");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return ReportsApi.read(response, MonthlyUsersReport.class).rows();
    }

    /** Waits until {@code group} has committed every partition of the topic up to its end. */
    private static void awaitCaughtUp(String group) {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                TestInfrastructure.kafkaBootstrapServers()))) {
            await().atMost(PATIENCE).untilAsserted(() -> {
                List<TopicPartition> partitions = admin.describeTopics(List.of(IntakeTopic.NAME)).allTopicNames().get()
                        .get(IntakeTopic.NAME).partitions().stream()
                        .map(partition -> new TopicPartition(IntakeTopic.NAME, partition.partition()))
                        .toList();
                Map<TopicPartition, Long> ends = admin.listOffsets(partitions.stream()
                                .collect(Collectors.toMap(Function.identity(), partition -> OffsetSpec.latest())))
                        .all().get().entrySet().stream()
                        .collect(Collectors.toMap(Map.Entry::getKey, entry -> entry.getValue().offset()));
                Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group)
                        .partitionsToOffsetAndMetadata().get();
                for (TopicPartition partition : partitions) {
                    OffsetAndMetadata offset = committed.get(partition);
                    assertThat(offset == null ? 0 : offset.offset()).as(partition.toString())
                            .isEqualTo(ends.get(partition));
                }
            });
        }
    }

    private static String newGroup() {
        return "reporting.monthly-users.replay-" + UUID.randomUUID();
    }
}
