package org.sportello.reporting.monthlyusers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.Year;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;
import org.sportello.platform.readmodel.ReadModel;
import org.sportello.platform.readmodel.Rebuild;
import org.sportello.reporting.IntakeTopicProducer;
import org.sportello.reporting.ReportsApi;
import org.sportello.reporting.TestMonths;
import org.sportello.reporting.monthlyusers.MonthlyUsersReport.Row;
import org.sportello.testing.SportelloServiceTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Monthly users is a read model that can be thrown away and rebuilt from the topic: after a
 * rebuild the report answers exactly what it answered before, and whatever the events do not say
 * (a row a bug or a hand wrote) is gone.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class MonthlyUsersRebuildIT {

    private static final Duration PATIENCE = Duration.ofSeconds(60);

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        SportelloServiceTest.register(registry, "reporting");
        String group = "reporting.monthly-users.rebuild-" + UUID.randomUUID();
        registry.add("sportello.reporting.monthly-users.group-id", () -> group);
        IntakeTopicProducer.createTopicIfMissing();
    }

    @LocalServerPort
    int port;
    @Autowired
    List<ReadModel> readModels;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aRebuiltReportAnswersExactlyAsBeforeAndForgetsWhatNoEventSays() {
        Year year = TestMonths.unusedYear();
        String office = "rebuild-" + Integer.toHexString(ThreadLocalRandom.current().nextInt(0x1000000, 0x7fffffff));
        Instant march = Instant.parse(year + "-03-05T10:00:00Z");
        try (IntakeTopicProducer intake = new IntakeTopicProducer()) {
            for (int i = 0; i < 6; i++) {
                UUID citizen = UUID.randomUUID();
                intake.send(Contacts.of(citizen, office, march));
                intake.send(Contacts.of(citizen, office, march.plusSeconds(86_400)));
            }
            for (int i = 0; i < 5; i++) {
                intake.send(Contacts.anonymous(office, march));
            }
        }
        ReportsApi api = new ReportsApi(port);
        List<Row> before = List.of(
                new Row(year + "-03", office, 6L, 17L, 5L, List.of()),
                new Row(year + "-03", "all", 6L, 17L, 5L, List.of()));
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(report(api, year)).isEqualTo(before));
        jdbc.update("INSERT INTO monthly_office_activity (month, office_id, contacts, anonymous_contacts)"
                + " VALUES (?, ?, 99, 0)", year + "-07", office);
        assertThat(report(api, year)).hasSize(3);

        Rebuild rebuild = monthlyUsers().rebuild();

        assertThat(rebuild).isEqualTo(Rebuild.started(MonthlyUsersProjection.NAME));
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(report(api, year)).isEqualTo(before));
        // And it stays so: every event is applied once, however many were already claimed before.
        await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(report(api, year)).isEqualTo(before));
    }

    private ReadModel monthlyUsers() {
        return readModels.stream().filter(model -> model.name().equals(MonthlyUsersProjection.NAME)).findFirst()
                .orElseThrow(() -> new AssertionError("no read model named " + MonthlyUsersProjection.NAME));
    }

    private static List<Row> report(ReportsApi api, Year year) {
        HttpResponse<String> response = api.get("/api/reports/monthly-users?from=" + year + "-01&to=" + year + "-12",
                ReportsApi.RESEARCHER, "application/json");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return ReportsApi.read(response, MonthlyUsersReport.class).rows();
    }
}
