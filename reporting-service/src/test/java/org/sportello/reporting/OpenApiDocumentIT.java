package org.sportello.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.sportello.contracts.intake.v1.NeedCategory;
import org.sportello.contracts.intake.v1.UserArea;
import org.sportello.contracts.referral.v1.AnswerSource;
import org.sportello.contracts.referral.v1.Consent;
import org.sportello.contracts.referral.v1.ConsentForm;
import org.sportello.contracts.referral.v1.ConsentGivenBy;
import org.sportello.contracts.referral.v1.DeskReferralSent;
import org.sportello.contracts.referral.v1.ReferralRejected;
import org.sportello.contracts.referral.v1.ReferralSent;
import org.sportello.contracts.referral.v1.RejectionReason;
import org.sportello.contracts.referral.v1.ServiceType;
import org.sportello.contracts.referral.v1.ShareScope;
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
        String referrals = "reporting.referrals.openapi-" + UUID.randomUUID();
        registry.add("sportello.reporting.referrals.group-id", () -> referrals);
        IntakeTopicProducer.createTopicIfMissing();
        SchedulingTopicProducer.createTopicIfMissing();
        ReferralTopicProducer.createTopicIfMissing();
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
    void documentsTheReferralReportsAndTheReportsTheyAnswerKeepTheirSchema() {
        ReportsApi api = new ReportsApi(port);
        JsonNode document = ReportsApi.json(api.get("/v3/api-docs", null, "application/json"));
        String district = "openapi-" + UUID.randomUUID().toString().substring(0, 8);
        String year = TestMonths.unusedYear().toString();
        Instant sentAt = Instant.parse(year + "-03-02T10:00:00Z");
        try (ReferralTopicProducer referral = new ReferralTopicProducer()) {
            UUID referralId = UUID.randomUUID();
            referral.send(new ReferralSent(referralId, UUID.randomUUID(), UUID.randomUUID(), "serd-monza",
                    ServiceType.ADDICTIONS, "monza-centro", UserArea.ADDICTIONS, List.of(NeedCategory.HEALTH),
                    new Consent(ConsentGivenBy.CITIZEN, ConsentForm.SIGNED, sentAt, List.of(ShareScope.NEEDS)), sentAt,
                    LocalDate.parse(year + "-03-16"), "op-1"));
            referral.send(new ReferralRejected(referralId, "serd-monza", RejectionReason.DUPLICATE, AnswerSource.API,
                    sentAt.plusSeconds(86_400), "prov-1"));
            referral.send(new DeskReferralSent(UUID.randomUUID(), UUID.randomUUID(), "caritas-cologno",
                    "cologno-centro", district, UserArea.MULTI_AREA, List.of(NeedCategory.INCOME), sentAt, "desk-1"));
        }
        String funnel = "/api/reports/referrals?from=" + year + "-03&to=" + year + "-03&serviceType=ADDICTIONS";
        String desk = "/api/reports/desk-referrals?from=" + year + "-03&to=" + year + "-03&districtId=" + district;
        await().atMost(Duration.ofSeconds(30)).until(() -> ReportsApi.json(api.get(desk, ReportsApi.RESEARCHER,
                "application/json")).get("rows").size() == 1 && ReportsApi.json(api.get(funnel, ReportsApi.RESEARCHER,
                "application/json")).get("rows").size() == 1);

        assertThat(document.get("paths").has("/api/reports/referrals")).isTrue();
        assertThat(document.get("paths").has("/api/reports/desk-referrals")).isTrue();
        JsonNode funnelReport = ReportsApi.json(api.get(funnel, ReportsApi.RESEARCHER, "application/json"));
        assertThat(DocumentedSchemas.violations(document, "ReferralsReport", funnelReport)).as(funnelReport.toString())
                .isEmpty();
        JsonNode deskReport = ReportsApi.json(api.get(desk, ReportsApi.RESEARCHER, "application/json"));
        assertThat(DocumentedSchemas.violations(document, "DeskReferralsReport", deskReport)).as(deskReport.toString())
                .isEmpty();
        JsonNode schemas = document.get("components").get("schemas");
        assertThat(schemas.get("ReferralsRow").get("properties").propertyNames()).containsExactly("month",
                "serviceType", "sent", "accepted", "rejected", "rejectedByReason", "completed", "withdrawn", "overdue",
                "answerDaysMedian", "suppressed");
        assertThat(schemas.get("ReferralsRow").get("properties").get("serviceType").get("enum"))
                .extracting(JsonNode::asString)
                .containsExactlyElementsOf(Arrays.stream(ServiceType.values()).map(Enum::name).toList());
        assertThat(schemas.get("RejectedByReason").get("properties").propertyNames()).containsExactly(
                Arrays.stream(RejectionReason.values()).map(Enum::name).toArray(String[]::new));
        assertThat(schemas.get("DeskReferralsRow").get("properties").propertyNames()).containsExactly("month",
                "districtId", "sent", "acknowledged", "suppressed");
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
                        "application/json"),
                api.get("/api/reports/referrals?from=2025-01&to=2025-12", null, "application/json"),
                api.get("/api/reports/referrals?from=2025-01&to=2025-12&serviceType=SPORTS", ReportsApi.RESEARCHER,
                        "text/csv"),
                api.get("/api/reports/desk-referrals?from=2025-02&to=2025-01", ReportsApi.RESEARCHER,
                        "application/json"),
                api.get("/api/reports/desk-referrals?from=2025-01&to=2025-12&districtId=Est", ReportsApi.RESEARCHER,
                        "application/json"));

        assertThat(problems).extracting(HttpResponse::statusCode).containsExactly(401, 400, 400, 401, 400, 400, 401,
                400, 400, 400);
        for (HttpResponse<String> problem : problems) {
            assertThat(problem.headers().firstValue("Content-Type")).hasValueSatisfying(
                    type -> assertThat(type).startsWith("application/problem+json"));
            assertThat(DocumentedSchemas.violations(document, "ProblemDetail", ReportsApi.json(problem)))
                    .as(problem.body()).isEmpty();
        }
    }

    @Test
    void documentsTheResearchIndicatorsComparisonAndDictionaryAndTheirAnswersKeepTheirSchema(
            @org.springframework.beans.factory.annotation.Autowired
            org.springframework.jdbc.core.simple.JdbcClient jdbc) {
        ReportsApi api = new ReportsApi(port);
        JsonNode document = ReportsApi.json(api.get("/v3/api-docs", null, "application/json"));
        String year = TestMonths.unusedYear().toString();
        java.time.YearMonth march = java.time.YearMonth.parse(year + "-03");
        var fixture = new org.sportello.reporting.research.indicators.ResearchFixture(jdbc);
        fixture.district("est", "Est").municipality("monza", "Monza", "est").municipality("lecco", "Lecco", "est")
                .office("monza-centro", "Monza Centro", "monza", true).office("lecco-centro", "Lecco", "lecco", true);
        fixture.episode("monza-centro", march).careFirst(2).times(6);
        fixture.episode("lecco-centro", march).controlBeforeCare(null).times(2);
        fixture.contacts("monza-centro", march, "WALK_IN", 7, 5);
        String range = "&from=" + year + "-03&to=" + year + "-04";

        JsonNode paths = document.get("paths");
        assertThat(paths.has("/api/research/indicators")).isTrue();
        assertThat(paths.has("/api/research/compare")).isTrue();
        assertThat(paths.has("/api/research/dictionary")).isTrue();
        assertThat(paths.has("/api/research/dictionary/{table}")).isTrue();
        JsonNode indicators = ReportsApi.json(api.get("/api/research/indicators?groupBy=office&districtId="
                + fixture.id("est") + range, ReportsApi.RESEARCHER, "application/json"));
        assertThat(indicators.get("rows").size()).isEqualTo(4);
        assertThat(DocumentedSchemas.violations(document, "IndicatorsReport", indicators)).as(indicators.toString())
                .isEmpty();
        JsonNode compare = ReportsApi.json(api.get("/api/research/compare?municipalities=" + fixture.id("monza") + ","
                + fixture.id("lecco") + range, ReportsApi.RESEARCHER, "application/json"));
        assertThat(DocumentedSchemas.violations(document, "CompareReport", compare)).as(compare.toString()).isEmpty();
        JsonNode dictionary = ReportsApi.json(api.get("/api/research/dictionary", ReportsApi.RESEARCHER,
                "application/json"));
        assertThat(DocumentedSchemas.violations(document, "DataDictionaries", dictionary)).as(dictionary.toString())
                .isEmpty();
        JsonNode schemas = document.get("components").get("schemas");
        assertThat(schemas.get("IndicatorsRow").get("properties").propertyNames()).containsExactly("month", "unit",
                "unitName", "episodes", "careFirstShare", "controlBeforeCareShare", "dropOffShare", "daysToCareMedian",
                "daysToCareP90", "jointInterviewShare", "decentralisedShare", "suppressed");
        assertThat(schemas.get("IndicatorsReport").get("properties").propertyNames()).containsExactly("scheme",
                "threshold", "groupBy", "from", "to", "rows");

        List<HttpResponse<String>> problems = List.of(
                api.get("/api/research/indicators?groupBy=office" + range, null, "application/json"),
                api.get("/api/research/indicators?groupBy=region" + range, ReportsApi.RESEARCHER, "application/json"),
                api.get("/api/research/indicators?groupBy=office&officeId=nowhere-" + fixture.id("x") + range,
                        ReportsApi.RESEARCHER, "text/csv"),
                api.get("/api/research/compare?municipalities=" + fixture.id("monza") + range, ReportsApi.RESEARCHER,
                        "application/json"),
                api.get("/api/research/dictionary/nothing", ReportsApi.RESEARCHER, "application/json"));
        assertThat(problems).extracting(HttpResponse::statusCode).containsExactly(401, 400, 404, 422, 404);
        for (HttpResponse<String> problem : problems) {
            assertThat(DocumentedSchemas.violations(document, "ProblemDetail", ReportsApi.json(problem)))
                    .as(problem.body()).isEmpty();
        }
    }

    @Test
    void documentsTheEpisodesExtractWithItsHeadersAndTheQueryLog() {
        JsonNode document = ReportsApi.json(new ReportsApi(port).get("/v3/api-docs", null, "application/json"));

        JsonNode extract = document.get("paths").get("/api/research/episodes.csv").get("get");
        assertThat(extract.get("parameters")).extracting(parameter -> parameter.get("name").asString())
                .containsExactly("from", "to", "k", "scheme");
        assertThat(extract.get("responses").get("200").get("headers").propertyNames()).containsExactlyInAnyOrder(
                "Sportello-Withheld-Rows", "Sportello-Rows", "Sportello-Generalisation", "Sportello-K",
                "Sportello-Scheme", "Sportello-Quasi-Identifiers");
        assertThat(extract.get("responses").get("200").get("content").propertyNames()).containsExactly("text/csv");
        assertThat(extract.get("responses").propertyNames()).contains("400", "401", "403", "404", "409", "422");
        JsonNode log = document.get("paths").get("/api/admin/research-queries").get("get");
        assertThat(log.get("responses").get("200").get("content").propertyNames())
                .containsExactlyInAnyOrder("application/json", "text/csv");
        assertThat(document.get("components").get("schemas").get("ResearchQuery").get("properties").propertyNames())
                .containsExactly("askedAt", "sub", "roles", "table", "parameters", "status", "rows");
    }
}
