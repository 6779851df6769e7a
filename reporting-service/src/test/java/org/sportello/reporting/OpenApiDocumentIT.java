package org.sportello.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.sportello.contracts.scheduling.v1.OfficeCreated;
import org.sportello.contracts.scheduling.v1.OfficeKind;
import org.sportello.contracts.scheduling.v1.OpeningHoursSet;
import org.sportello.contracts.scheduling.v1.OpeningMode;
import org.sportello.contracts.scheduling.v1.WeeklySlot;
import org.sportello.testing.SportelloServiceTest;
import org.sportello.testing.openapi.DocumentedSchemas;
import org.sportello.testing.openapi.OpenApiLint;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import tools.jackson.databind.JsonNode;

/**
 * The document reporting serves at {@code /v3/api-docs}, checked with Spectral's OpenAPI and OWASP
 * rules: every parameter and every field of a report has a limit, and every operation documents
 * its error answers, without exception. The document and Spectral's report are left under {@code target/openapi/}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class OpenApiDocumentIT {

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        SportelloServiceTest.register(registry, "reporting");
        // A group of its own, so this context never takes partitions from another test's consumers.
        String group = "reporting.monthly-users.openapi-" + UUID.randomUUID();
        registry.add("sportello.reporting.monthly-users.group-id", () -> group);
        String appointments = "reporting.appointments.openapi-" + UUID.randomUUID();
        registry.add("sportello.reporting.appointments.group-id", () -> appointments);
        IntakeTopicProducer.createTopicIfMissing();
        SchedulingTopicProducer.createTopicIfMissing();
    }

    @LocalServerPort
    int port;

    @Test
    void statesEveryLimitAndEveryErrorAnswer() {
        HttpResponse<String> document = new ReportsApi(port).get("/v3/api-docs", null, "application/json");
        assertThat(document.statusCode()).as(document.body()).isEqualTo(200);

        OpenApiLint.requireNoFindings("reporting", document.body());
    }

    @Test
    void documentsTheAppointmentsReportAndTheReportsItAnswersKeepTheirSchema() {
        ReportsApi api = new ReportsApi(port);
        JsonNode document = ReportsApi.json(api.get("/v3/api-docs", null, "application/json"));
        String office = "openapi-" + UUID.randomUUID().toString().substring(0, 8);
        String year = TestMonths.unusedYear().toString();
        try (SchedulingTopicProducer scheduling = new SchedulingTopicProducer()) {
            scheduling.send(new OfficeCreated(office, "massa", "Massa", "Via Roma 1", OfficeKind.SECRETARIAT, null,
                    Instant.parse(year + "-03-01T10:00:00Z"), "admin-1"));
            scheduling.send(new OpeningHoursSet(office, LocalDate.parse(year + "-03-01"), List.of(new WeeklySlot(
                    DayOfWeek.MONDAY, LocalTime.of(9, 0), LocalTime.of(11, 30), OpeningMode.WALK_IN)),
                    Instant.parse(year + "-02-01T10:00:00Z"), "admin-1"));
        }
        String query = "/api/reports/appointments?from=" + year + "-03&to=" + year + "-03&officeId=" + office;
        await().atMost(Duration.ofSeconds(30)).until(() -> ReportsApi.json(api.get(query, ReportsApi.RESEARCHER,
                "application/json")).get("rows").size() == 1);
        HttpResponse<String> report = api.get(query, ReportsApi.RESEARCHER, "application/json");

        assertThat(document.get("paths").has("/api/reports/appointments")).isTrue();
        assertThat(report.statusCode()).as(report.body()).isEqualTo(200);
        assertThat(DocumentedSchemas.violations(document, "AppointmentsReport", ReportsApi.json(report)))
                .as(report.body()).isEmpty();
        JsonNode schemas = document.get("components").get("schemas");
        assertThat(schemas.get("AppointmentsRow").get("properties").propertyNames()).containsExactly("month",
                "officeId", "requested", "booked", "attended", "noShow", "cancelled", "waitDaysMedian", "waitDaysP90",
                "hoursOpenPerWeek", "suppressed");
        assertThat(schemas.get("HoursOpenPerWeek").get("properties").propertyNames())
                .containsExactlyInAnyOrder("WALK_IN", "BY_APPOINTMENT", "PHONE_LINE");
    }

    @Test
    void theProblemsItAnswersKeepTheDocumentedProblemSchema() {
        ReportsApi api = new ReportsApi(port);
        JsonNode document = ReportsApi.json(api.get("/v3/api-docs", null, "application/json"));

        List<HttpResponse<String>> problems = List.of(
                api.get("/api/reports/monthly-users?from=2025-01&to=2025-12", null, "application/json"),
                api.get("/api/reports/monthly-users?from=2025-13&to=2025-12", ReportsApi.RESEARCHER, "application/json"),
                api.get("/api/reports/monthly-users?from=2025-01", ReportsApi.RESEARCHER, "application/json"),
                api.get("/api/reports/appointments?from=2025-01&to=2025-12", null, "application/json"),
                api.get("/api/reports/appointments?from=2025-01&to=2025-13", ReportsApi.RESEARCHER, "text/csv"),
                api.get("/api/reports/appointments?from=2025-01&to=2025-12&officeId=all", ReportsApi.RESEARCHER,
                        "application/json"));

        assertThat(problems).extracting(HttpResponse::statusCode).containsExactly(401, 400, 400, 401, 400, 400);
        for (HttpResponse<String> problem : problems) {
            assertThat(problem.headers().firstValue("Content-Type")).hasValueSatisfying(
                    type -> assertThat(type).startsWith("application/problem+json"));
            assertThat(DocumentedSchemas.violations(document, "ProblemDetail", ReportsApi.json(problem)))
                    .as(problem.body()).isEmpty();
        }
    }
}
