package org.sportello.reporting.appointments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;
import org.sportello.contracts.scheduling.v1.OpeningMode;
import org.sportello.platform.readmodel.ReadModel;
import org.sportello.platform.readmodel.Rebuild;
import org.sportello.reporting.ReportsApi;
import org.sportello.reporting.SchedulingTopicProducer;
import org.sportello.reporting.TestMonths;
import org.sportello.reporting.appointments.AppointmentsReport.Row;
import org.sportello.testing.SportelloServiceTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The appointments read model can be thrown away and rebuilt from the topic: afterwards the report
 * answers exactly what it answered before, and what no event says (a row a bug or a hand wrote) is gone.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AppointmentsRebuildIT {

    private static final Duration PATIENCE = Duration.ofSeconds(60);

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        SportelloServiceTest.register(registry, "reporting");
        String group = "reporting.appointments.rebuild-" + UUID.randomUUID();
        registry.add("sportello.reporting.appointments.group-id", () -> group);
        registry.add("sportello.reporting.monthly-users.group-id", () -> "reporting.monthly-users.appointments-rebuild-"
                + UUID.randomUUID());
        SchedulingTopicProducer.createTopicIfMissing();
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
        Instant requestedAt = Instant.parse(year + "-03-02T09:00:00Z");
        try (SchedulingTopicProducer scheduling = new SchedulingTopicProducer()) {
            scheduling.send(SchedulingEvents.officeCreated(office, requestedAt));
            scheduling.send(SchedulingEvents.hours(office, LocalDate.parse(year + "-03-01"),
                    SchedulingEvents.slot(DayOfWeek.MONDAY, "09:00", "12:00", OpeningMode.WALK_IN)));
            for (int i = 0; i < 6; i++) {
                UUID appointment = UUID.randomUUID();
                scheduling.send(SchedulingEvents.requested(office, requestedAt));
                scheduling.send(SchedulingEvents.attended(appointment, office, requestedAt,
                        requestedAt.plusSeconds((i + 1) * 86_400L)));
            }
        }
        ReportsApi api = new ReportsApi(port);
        String query = "/api/reports/appointments?from=" + year + "-03&to=" + year + "-03&officeId=" + office;
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(report(api, query)).singleElement()
                .extracting(Row::attended).isEqualTo(6L));
        List<Row> before = report(api, query);
        jdbc.update("UPDATE appointment_activity SET requested = 99 WHERE month = ? AND office_id = ?",
                year + "-03", office);
        jdbc.update("INSERT INTO appointment_outcome (appointment_id, office_id, month, attended, wait_seconds)"
                + " VALUES (?, ?, ?, true, 86400000)", UUID.randomUUID(), office, year + "-03");
        assertThat(report(api, query)).isNotEqualTo(before);

        Rebuild rebuild = appointments().rebuild();

        assertThat(rebuild).isEqualTo(Rebuild.started(AppointmentsProjection.NAME));
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(report(api, query)).isEqualTo(before));
        await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(report(api, query)).isEqualTo(before));
    }

    private ReadModel appointments() {
        return readModels.stream().filter(model -> model.name().equals(AppointmentsProjection.NAME)).findFirst()
                .orElseThrow(() -> new AssertionError("no read model named " + AppointmentsProjection.NAME));
    }

    private static List<Row> report(ReportsApi api, String query) {
        HttpResponse<String> response = api.get(query, ReportsApi.RESEARCHER, "application/json");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return ReportsApi.read(response, AppointmentsReport.class).rows();
    }
}
