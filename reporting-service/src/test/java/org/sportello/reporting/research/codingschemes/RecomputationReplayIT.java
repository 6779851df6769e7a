package org.sportello.reporting.research.codingschemes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.sportello.contracts.intake.IntakeTopic;
import org.sportello.contracts.intake.v1.Channel;
import org.sportello.contracts.intake.v1.ContactOutcome;
import org.sportello.contracts.intake.v1.Sex;
import org.sportello.contracts.referral.ReferralTopic;
import org.sportello.contracts.scheduling.SchedulingTopic;
import org.sportello.reporting.ReportingApplication;
import org.sportello.reporting.research.facts.ResearchEvents;
import org.sportello.reporting.research.facts.ResearchTopics;
import org.sportello.testing.SportelloServiceTest;
import org.sportello.testing.TestInfrastructure;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The proof: the episodes a new scheme's recomputation writes from the stored facts equal
 * those a replay of the topics into an empty database writes event by event. A realistic small
 * population (two municipalities of one district, four offices, cases ended each way, windows
 * passed and still open, referrals, anonymous contacts, an erasure) is published in shuffled order,
 * so contacts come before their cases and referrals before their contacts.
 */
// Closed after the class: the test PostgreSQL server is shared, and a cached context keeps its connections.
@DirtiesContext
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RecomputationReplayIT {

    private static final Duration PATIENCE = Duration.ofSeconds(90);
    private static final List<String> PROJECTIONS = List.of("reporting.research.offices", "reporting.research.intake",
            "reporting.research.referrals", "reporting.monthly-users", "reporting.appointments", "reporting.referrals");
    private static final Map<String, String> TOPICS = Map.of("reporting.research.offices", SchedulingTopic.NAME,
            "reporting.research.intake", IntakeTopic.NAME, "reporting.research.referrals", ReferralTopic.NAME);
    private static final Map<String, String> GROUPS = groups("original");
    private static final String SCHEME = """
            {"care": ["ORIENTATION", "SHORT_SUPPORT_PATH", "DOCUMENTS_REQUESTED", "TAKEN_IN_CHARGE"],
             "control": ["NOT_ELIGIBLE", "ELIGIBILITY_CHECK", "REFERRAL"], "window": "P45D",
             "reasons": "A city where documents requested start a path, and a referral is sending away."}""";
    private static final ContactOutcome[][] OUTCOMES = {
            {ContactOutcome.INFORMATION_GIVEN}, {ContactOutcome.ORIENTATION}, {ContactOutcome.DOCUMENTS_REQUESTED},
            {ContactOutcome.ELIGIBILITY_CHECK, ContactOutcome.INFORMATION_GIVEN}, {ContactOutcome.NOT_ELIGIBLE},
            {ContactOutcome.SHORT_SUPPORT_PATH, ContactOutcome.DOCUMENTS_REQUESTED},
            {ContactOutcome.APPOINTMENT_PROPOSED}, {ContactOutcome.NO_FURTHER_ACTION},
            {ContactOutcome.ECONOMIC_SUPPORT_REQUESTED}};

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        SportelloServiceTest.register(registry, "reporting");
        GROUPS.forEach((projection, group) -> registry.add("sportello." + projection + ".group-id", () -> group));
        ResearchTopics.createTopicsIfMissing();
    }

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theRecomputedEpisodesEqualAReplayOfTheTopicsIntoAnEmptyDatabase() {
        String prefix = "rp" + Long.toHexString(UUID.randomUUID().getMostSignificantBits() & 0xffffffL);
        int episodes = publishAPopulation(prefix, new Random(12));
        awaitCaughtUp(GROUPS);
        await().atMost(PATIENCE).until(() -> count(jdbc, "v1", prefix) == episodes);

        String version = "replay-" + prefix;
        CodingSchemesApi api = new CodingSchemesApi(port);
        CodingSchemesApi.Answer created = api.put(version, SCHEME, CodingSchemesApi.ADMIN);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        await().atMost(PATIENCE).until(() -> "READY".equals(jdbc.sql(
                "SELECT state FROM research_coding_scheme WHERE version = ?").param(version).query(String.class).single()));
        List<Map<String, Object>> recomputed = episodes(jdbc, version, prefix);
        List<Map<String, Object>> v1 = episodes(jdbc, "v1", prefix);
        assertThat(recomputed).hasSize(episodes);
        // The schemes code differently, or the comparison below would prove little.
        assertThat(recomputed.stream().map(row -> row.get("care_first")).toList())
                .isNotEqualTo(v1.stream().map(row -> row.get("care_first")).toList());

        // An empty database that knows the new scheme before the first event: its episodes are then
        // built event by event as the topics are replayed, never by a recomputation.
        String database = TestInfrastructure.newDatabase("reporting_episodes_replay");
        Flyway.configure().dataSource(database, TestInfrastructure.postgresUser(), TestInfrastructure.postgresPassword())
                .locations("classpath:db/migration", "classpath:db/consuming").load().migrate();
        JdbcClient replayed = JdbcClient.create(new org.springframework.jdbc.datasource.DriverManagerDataSource(
                database, TestInfrastructure.postgresUser(), TestInfrastructure.postgresPassword()));
        Map<String, Object> scheme = jdbc.sql("SELECT * FROM research_coding_scheme WHERE version = ?").param(version)
                .query().singleRow();
        replayed.sql("""
                        INSERT INTO research_coding_scheme (version, care, control, episode_window, reasons, created_at,
                                                            created_by, state, ready_at)
                        VALUES (:version, :care, :control, :episode_window, :reasons, :created_at, :created_by, :state,
                                :ready_at)""")
                .params(scheme).update();
        Map<String, String> replayGroups = groups("replay");
        try (ConfigurableApplicationContext replay = startReporting(database, replayGroups)) {
            awaitCaughtUp(replayGroups);
            await().atMost(PATIENCE).untilAsserted(() -> {
                assertThat(episodes(replayed, "v1", prefix)).isEqualTo(v1);
                assertThat(episodes(replayed, version, prefix)).isEqualTo(recomputed);
            });
        }
    }

    /** Publishes the population in shuffled order; returns how many episodes it makes. */
    private static int publishAPopulation(String prefix, Random random) {
        List<Object> events = new ArrayList<>();
        events.add(ResearchEvents.district(prefix + "-brianza", "Brianza " + prefix));
        events.add(ResearchEvents.municipality(prefix + "-monza", "Monza " + prefix, prefix + "-brianza"));
        events.add(ResearchEvents.municipality(prefix + "-messina", "Messina " + prefix, prefix + "-brianza"));
        List<String> offices = List.of(prefix + "-monza-centro", prefix + "-monza-nord", prefix + "-monza-sud",
                prefix + "-messina-centro");
        events.add(ResearchEvents.office(offices.get(0), prefix + "-monza", true));
        events.add(ResearchEvents.office(offices.get(1), prefix + "-monza", false));
        events.add(ResearchEvents.office(offices.get(2), prefix + "-monza", false));
        events.add(ResearchEvents.office(offices.get(3), prefix + "-messina", true));
        Instant now = Instant.now();
        int cases = 48;
        for (int i = 0; i < cases; i++) {
            UUID caseId = UUID.randomUUID();
            UUID citizen = UUID.randomUUID();
            String office = offices.get(random.nextInt(offices.size()));
            int end = i % 6;
            // Ends 0 to 3 long ago; 4 still open (recent); 5 passed its window with no end.
            Instant first = end == 4 ? now.minus(Duration.ofDays(10 + random.nextInt(5)))
                    : Instant.parse("2025-01-06T08:00:00Z").plus(Duration.ofHours(7 + random.nextInt(24 * 300)));
            events.add(ResearchEvents.citizen(citizen, 1940 + random.nextInt(60), random.nextBoolean() ? Sex.F : Sex.M));
            events.add(ResearchEvents.opened(caseId, citizen, office, first));
            Instant at = first;
            int contacts = 1 + random.nextInt(4);
            for (int c = 0; c < contacts; c++) {
                Channel channel = Channel.values()[random.nextInt(Channel.values().length)];
                events.add(ResearchEvents.contact(caseId, citizen, c == 0 ? office : offices.get(random.nextInt(4)),
                        channel, at, random.nextBoolean() ? ResearchEvents.SOCIAL_WORKER
                                : ResearchEvents.SOCIAL_WORKER_AND_EDUCATOR, ResearchEvents.POVERTY,
                        OUTCOMES[random.nextInt(OUTCOMES.length)]));
                at = at.plus(Duration.ofHours(random.nextInt(24 * (end == 4 ? 2 : 25))));
            }
            Instant ending = first.plus(Duration.ofHours(random.nextInt(24 * 60)));
            switch (end) {
                case 0 -> events.add(ResearchEvents.takenInCharge(caseId, citizen, ending));
                case 1 -> events.add(ResearchEvents.referral(caseId, citizen, office, ending));
                case 2 -> events.add(ResearchEvents.closed(caseId, citizen, ending));
                case 3 -> {
                    events.add(ResearchEvents.referral(caseId, citizen, office, ending));
                    events.add(ResearchEvents.closed(caseId, citizen, ending.plus(Duration.ofDays(1))));
                    events.add(ResearchEvents.erased(citizen));
                }
                default -> {
                }
            }
        }
        int anonymous = 12;
        for (int i = 0; i < anonymous; i++) {
            events.add(ResearchEvents.anonymous(offices.get(random.nextInt(offices.size())),
                    Instant.parse("2025-02-01T09:00:00Z").plus(Duration.ofHours(random.nextInt(24 * 200))),
                    OUTCOMES[random.nextInt(OUTCOMES.length)]));
        }
        Collections.shuffle(events, random);
        try (ResearchTopics topics = new ResearchTopics()) {
            events.forEach(topics::send);
        }
        return cases + anonymous;
    }

    private static long count(JdbcClient jdbc, String scheme, String prefix) {
        return jdbc.sql("SELECT count(*) FROM research_episode WHERE scheme = ? AND office_id LIKE ?")
                .param(scheme).param(prefix + "-%").query(Long.class).single();
    }

    private static List<Map<String, Object>> episodes(JdbcClient jdbc, String scheme, String prefix) {
        return jdbc.sql("""
                        SELECT scheme, episode_id, case_id, citizen_id, office_id, month, opened_at::text AS opened_at,
                               channel, ended_by, ended_at::text AS ended_at, contacts, outcomes::text AS outcomes,
                               user_areas::text AS user_areas, need_categories::text AS need_categories, care_first,
                               control_before_care, drop_off, days_to_care
                        FROM research_episode WHERE scheme = ? AND office_id LIKE ? ORDER BY episode_id""")
                .param(scheme).param(prefix + "-%").query().listOfRows();
    }

    private static ConfigurableApplicationContext startReporting(String databaseUrl, Map<String, String> groups) {
        List<String> arguments = new ArrayList<>(List.of(
                "--server.port=0",
                "--spring.datasource.url=" + databaseUrl,
                "--spring.datasource.username=" + TestInfrastructure.postgresUser(),
                "--spring.datasource.password=" + TestInfrastructure.postgresPassword(),
                "--spring.datasource.hikari.maximum-pool-size=8",
                "--spring.kafka.bootstrap-servers=" + TestInfrastructure.kafkaBootstrapServers(),
                "--sportello.jwt.secret=" + TestInfrastructure.jwtSecret()));
        groups.forEach((projection, group) -> arguments.add("--sportello." + projection + ".group-id=" + group));
        return new SpringApplicationBuilder(ReportingApplication.class).run(arguments.toArray(String[]::new));
    }

    /** Waits until each research group has committed every partition of its topic up to its end. */
    private static void awaitCaughtUp(Map<String, String> groups) {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                TestInfrastructure.kafkaBootstrapServers()))) {
            await().atMost(PATIENCE).untilAsserted(() -> {
                for (Map.Entry<String, String> projection : TOPICS.entrySet()) {
                    String topic = projection.getValue();
                    List<TopicPartition> partitions = admin.describeTopics(List.of(topic)).allTopicNames().get()
                            .get(topic).partitions().stream()
                            .map(partition -> new TopicPartition(topic, partition.partition())).toList();
                    Map<TopicPartition, Long> ends = admin.listOffsets(partitions.stream()
                                    .collect(Collectors.toMap(Function.identity(), partition -> OffsetSpec.latest())))
                            .all().get().entrySet().stream()
                            .collect(Collectors.toMap(Map.Entry::getKey, entry -> entry.getValue().offset()));
                    Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(
                            groups.get(projection.getKey())).partitionsToOffsetAndMetadata().get();
                    for (TopicPartition partition : partitions) {
                        OffsetAndMetadata offset = committed.get(partition);
                        assertThat(offset == null ? 0 : offset.offset()).as(partition.toString())
                                .isEqualTo(ends.get(partition));
                    }
                }
            });
        }
    }

    private static Map<String, String> groups(String run) {
        Map<String, String> groups = new HashMap<>();
        for (String projection : PROJECTIONS) {
            groups.put(projection, "recomputation-replay-it." + run + "." + projection + "." + UUID.randomUUID());
        }
        return groups;
    }
}
