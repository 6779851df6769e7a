package org.sportello.reporting.referrals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.sportello.contracts.referral.v1.RejectionReason.NO_CAPACITY;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.Year;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sportello.contracts.referral.v1.ReferralAccepted;
import org.sportello.contracts.referral.v1.ReferralSent;
import org.sportello.contracts.referral.v1.ServiceType;
import org.sportello.platform.json.ContractJson;
import org.sportello.reporting.ReferralTopicProducer;
import org.sportello.reporting.ReportsApi;
import org.sportello.reporting.TestMonths;
import org.sportello.reporting.referrals.ReferralsReport.Row;
import org.sportello.testing.SportelloServiceTest;
import org.sportello.testing.TestInfrastructure;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import tools.jackson.databind.JsonNode;

/**
 * The referral reports end to end: referral's contracts published on the real topic, applied by the
 * projection in the real database, read over HTTP as a researcher reads them. Each test uses a year
 * of its own (service types are shared by every test, so it asks for one type's rows) and districts
 * of its own.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ReferralsIT {

    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final String JSON = "application/json";
    private static final long DAY = 86_400;
    private static final RejectedByReason NONE_REJECTED = new RejectedByReason(0L, 0L, 0L, 0L, 0L);
    private static ReferralTopicProducer referral;

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        SportelloServiceTest.register(registry, "reporting");
        // Groups of its own: this context reads the topics from the start into its fresh database.
        registry.add("sportello.reporting.referrals.group-id", () -> "reporting.referrals.it-" + UUID.randomUUID());
        registry.add("sportello.reporting.appointments.group-id", () -> "reporting.appointments.referrals-it-"
                + UUID.randomUUID());
        registry.add("sportello.reporting.monthly-users.group-id", () -> "reporting.monthly-users.referrals-it-"
                + UUID.randomUUID());
        ReferralTopicProducer.createTopicIfMissing();
    }

    @LocalServerPort
    int port;

    private ReportsApi api;
    private Year year;

    @BeforeAll
    static void connect() {
        referral = new ReferralTopicProducer();
    }

    @AfterAll
    static void disconnect() {
        referral.close();
    }

    @BeforeEach
    void ownYear() {
        api = new ReportsApi(port);
        year = TestMonths.unusedYear();
    }

    @Test
    void theFunnelOfAMonthsReferralsToOneServiceType() {
        // Sent at 23:30 UTC on the last day of February: 00:30 on 1 March in Rome, so a March referral,
        // accepted at 23:30 on 1 March in Rome (22:30 UTC): the same calendar day there, 0 days.
        Instant lateFebruaryInUtc = year.atMonth(2).atEndOfMonth().atTime(23, 30).toInstant(ZoneOffset.UTC);
        accepted(ServiceType.HOUSING, lateFebruaryInUtc, lateFebruaryInUtc.plusSeconds(23 * 3600), true);
        Instant sentAt = at("-03-02T09:00:00Z");
        for (long days : new long[] {2, 2, 3, 4}) {
            accepted(ServiceType.HOUSING, sentAt, sentAt.plusSeconds(days * DAY), true);
        }
        // Accepted after its deadline, then the citizen withdrew consent.
        UUID lateAndStopped = accepted(ServiceType.HOUSING, sentAt, sentAt.plusSeconds(10 * DAY), false);
        referral.send(ReferralEvents.overdue(lateAndStopped, sentAt.plusSeconds(9 * DAY)));
        referral.send(ReferralEvents.consentWithdrawn(lateAndStopped, sentAt.plusSeconds(12 * DAY)));
        for (long days : new long[] {1, 1, 5, 6, 7}) {
            UUID rejected = send(ServiceType.HOUSING, sentAt);
            if (days >= 5) {
                referral.send(ReferralEvents.overdue(rejected, sentAt.plusSeconds(4 * DAY)));
            }
            referral.send(ReferralEvents.rejected(rejected, NO_CAPACITY, sentAt.plusSeconds(days * DAY)));
        }
        // Never answered: overdue, then withdrawn by the office.
        UUID unanswered = send(ServiceType.HOUSING, sentAt);
        referral.send(ReferralEvents.overdue(unanswered, sentAt.plusSeconds(9 * DAY)));
        referral.send(ReferralEvents.withdrawn(unanswered, sentAt.plusSeconds(20 * DAY)));

        // 12 sent; 6 accepted and 5 rejected for NO_CAPACITY, answered after 0, 1, 1, 2, 2, 3, 4, 5, 6, 7
        // and 10 days (median 3); 5 completed; 2 withdrawn (one by the office, one by consent): withheld.
        Row march = new Row(month("03"), "HOUSING", 12L, 6L, 5L, new RejectedByReason(0L, 5L, 0L, 0L, 0L), 5L, null,
                5L, new BigDecimal("3.0"), List.of("withdrawn"));
        Row april = new Row(month("04"), "HOUSING", 0L, 0L, 0L, NONE_REJECTED, 0L, 0L, 0L, null, List.of());
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(report(funnel("03", "04", "HOUSING")))
                .containsExactly(march, april));

        HttpResponse<String> json = api.get(funnel("03", "03", "HOUSING"), ReportsApi.RESEARCHER, JSON);
        assertThat(json.body()).contains("\"threshold\":5").contains("\"withdrawn\":null")
                .contains("\"rejectedByReason\":{\"NOT_COMPETENT\":0,\"NO_CAPACITY\":5,\"NOT_ELIGIBLE\":0,"
                        + "\"DUPLICATE\":0,\"OTHER\":0}");
        HttpResponse<String> csv = api.get(funnel("03", "04", "HOUSING"), ReportsApi.RESEARCHER, "text/csv");
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type)
                .startsWith("text/csv"));
        assertThat(csv.body()).isEqualTo(ReferralsCsv.HEADER + "\r\n"
                + month("03") + ",HOUSING,12,6,5,0,5,0,0,0,5,,5,3.0,withdrawn\r\n"
                + month("04") + ",HOUSING,0,0,0,0,0,0,0,0,0,0,0,,\r\n");
    }

    @Test
    void aFewReferralsAreWithheldAndTheirMedianWithThem() {
        Instant sentAt = at("-05-12T08:00:00Z");
        for (int i = 0; i < 3; i++) {
            accepted(ServiceType.MENTAL_HEALTH, sentAt, sentAt.plusSeconds(DAY), false);
        }

        Row may = new Row(month("05"), "MENTAL_HEALTH", null, null, 0L, NONE_REJECTED, 0L, 0L, 0L, null,
                List.of("sent", "accepted", "answerDaysMedian"));
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(report(funnel("05", "05", "MENTAL_HEALTH")))
                .containsExactly(may));
    }

    @Test
    void anAnswerBeforeItsSendingAndEventsDeliveredTwiceCountOnce() {
        // One key for every record: one partition, so the marker is read after all of them.
        String key = UUID.randomUUID().toString();
        Instant sentAt = at("-06-02T08:00:00Z");
        for (int i = 0; i < 5; i++) {
            UUID id = UUID.randomUUID();
            ReferralAccepted accepted = ReferralEvents.accepted(id, sentAt.plusSeconds(2 * DAY));
            String acceptedId = UUID.randomUUID().toString();
            // The answer first (a replayed dead letter may bring it so), then the sending, twice under
            // two event ids, then the answer again under its own id and once more under another.
            send(acceptedId, key, accepted);
            ReferralSent sent = ReferralEvents.sent(id, ServiceType.LEGAL_AND_TAX_HELP, sentAt);
            send(UUID.randomUUID().toString(), key, sent);
            send(UUID.randomUUID().toString(), key, sent);
            send(acceptedId, key, accepted);
            send(UUID.randomUUID().toString(), key, accepted);
        }
        String marker = district("marker");
        send(UUID.randomUUID().toString(), key, ReferralEvents.deskSent(UUID.randomUUID(), marker, sentAt));

        await().atMost(PATIENCE).until(() -> !deskReport(desk("06", "06", marker)).isEmpty());
        assertThat(report(funnel("06", "06", "LEGAL_AND_TAX_HELP"))).containsExactly(new Row(month("06"),
                "LEGAL_AND_TAX_HELP", 5L, 5L, 0L, NONE_REJECTED, 0L, 0L, 0L, new BigDecimal("2.0"), List.of()));
    }

    @Test
    void partnerDesksReferralsPerDistrictAndMonth() {
        String district = district("desk");
        // 23:30 UTC on 31 March is 1 April in Rome.
        Instant[] sent = {Instant.parse(year + "-03-31T23:30:00Z"), at("-04-02T09:00:00Z"), at("-04-03T09:00:00Z"),
                at("-04-07T09:00:00Z"), at("-04-08T09:00:00Z"), at("-04-30T09:00:00Z")};
        for (int i = 0; i < sent.length; i++) {
            UUID desk = UUID.randomUUID();
            if (i == 0) {
                // Taken up in May, and told before its sending: it still counts in April.
                referral.send(ReferralEvents.deskAcknowledged(desk, district, at("-05-04T09:00:00Z")));
            }
            referral.send(ReferralEvents.deskSent(desk, district, sent[i]));
            if (i == 1 || i == 2) {
                referral.send(ReferralEvents.deskAcknowledged(desk, district, sent[i].plusSeconds(DAY)));
            }
        }

        List<DeskReferralsReport.Row> expected = List.of(
                new DeskReferralsReport.Row(month("04"), district, 6L, null, List.of("acknowledged")),
                new DeskReferralsReport.Row(month("05"), district, 0L, 0L, List.of()));
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(deskReport(desk("03", "05", district)))
                .containsExactlyElementsOf(expected));

        HttpResponse<String> csv = api.get(desk("04", "05", district), ReportsApi.RESEARCHER, "text/csv");
        assertThat(csv.body()).isEqualTo(DeskReferralsCsv.HEADER + "\r\n"
                + month("04") + "," + district + ",6,,acknowledged\r\n"
                + month("05") + "," + district + ",0,0,\r\n");
        // Without the filter the district's rows are among every district's.
        assertThat(deskReport("/api/reports/desk-referrals?from=" + month("04") + "&to=" + month("04")))
                .contains(expected.get(0));
    }

    @Test
    void reportsNeedAResearchersOrAnAdministratorsToken() {
        for (String path : List.of(funnel("01", "12", null), desk("01", "12", null))) {
            assertThat(api.get(path, null, JSON).statusCode()).isEqualTo(401);
            assertThat(api.get(path, TestInfrastructure.token("operator-1", "OPERATOR"), JSON).statusCode())
                    .isEqualTo(403);
            assertThat(api.get(path, TestInfrastructure.providerToken("serd-monza", "provider-1"), JSON).statusCode())
                    .isEqualTo(403);
            assertThat(api.get(path, TestInfrastructure.token("desk-1", "PARTNER_DESK"), JSON).statusCode())
                    .isEqualTo(403);
            assertThat(api.get(path, TestInfrastructure.token("admin-1", "ADMIN"), JSON).statusCode()).isEqualTo(200);
            assertThat(api.get(path, ReportsApi.RESEARCHER, "text/csv").statusCode()).isEqualTo(200);
        }
    }

    @Test
    void badParametersAreProblemsNamingTheParameter() {
        for (String report : List.of("/api/reports/referrals", "/api/reports/desk-referrals")) {
            assertProblem(report + "?from=2025-13&to=2025-12", JSON, "invalid-month", "from");
            assertProblem(report + "?from=2025-01&to=2025-12-31", "text/csv", "invalid-month", "to");
            assertProblem(report + "?from=2025-01", JSON, "invalid-input", "to");
            assertProblem(report + "?from=2025-02&to=2025-01", JSON, "invalid-month-range", "to");
            assertProblem(report + "?from=2015-01&to=2025-12", JSON, "invalid-month-range", "to");
        }
        assertProblem("/api/reports/referrals?from=2025-01&to=2025-12&serviceType=housing", JSON,
                "invalid-service-type", "serviceType");
        assertProblem("/api/reports/referrals?from=2025-01&to=2025-12&serviceType=SPORTS", "text/csv",
                "invalid-service-type", "serviceType");
        assertProblem("/api/reports/desk-referrals?from=2025-01&to=2025-12&districtId=Est%20Milano", JSON,
                "invalid-district-id", "districtId");
    }

    // ---- helpers -------------------------------------------------------------------------------

    /** Sends a referral of {@code type}, accepted at {@code acceptedAt} and, if so, completed later. */
    private UUID accepted(ServiceType type, Instant sentAt, Instant acceptedAt, boolean completed) {
        UUID id = send(type, sentAt);
        referral.send(ReferralEvents.accepted(id, acceptedAt));
        if (completed) {
            referral.send(ReferralEvents.completed(id, acceptedAt.plusSeconds(30 * DAY)));
        }
        return id;
    }

    private UUID send(ServiceType type, Instant sentAt) {
        UUID id = UUID.randomUUID();
        referral.send(ReferralEvents.sent(id, type, sentAt));
        return id;
    }

    private void send(String eventId, String key, Object event) {
        referral.send(eventId, ReferralTopicProducer.typeOf(event), key, ContractJson.write(event));
    }

    private List<Row> report(String query) {
        HttpResponse<String> response = api.get(query, ReportsApi.RESEARCHER, JSON);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return ReportsApi.read(response, ReferralsReport.class).rows();
    }

    private List<DeskReferralsReport.Row> deskReport(String query) {
        HttpResponse<String> response = api.get(query, ReportsApi.RESEARCHER, JSON);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return ReportsApi.read(response, DeskReferralsReport.class).rows();
    }

    private String funnel(String from, String to, String serviceType) {
        return "/api/reports/referrals?from=" + month(from) + "&to=" + month(to)
                + (serviceType == null ? "" : "&serviceType=" + serviceType);
    }

    private String desk(String from, String to, String districtId) {
        return "/api/reports/desk-referrals?from=" + month(from) + "&to=" + month(to)
                + (districtId == null ? "" : "&districtId=" + districtId);
    }

    private void assertProblem(String pathAndQuery, String accept, String type, String field) {
        HttpResponse<String> response = api.get(pathAndQuery, ReportsApi.RESEARCHER, accept);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        JsonNode problem = ReportsApi.json(response);
        assertThat(problem.get("type").asString()).isEqualTo("https://sportello.org/problems/" + type);
        assertThat(problem.get("errors").get(0).get("field").asString()).isEqualTo(field);
    }

    private static String district(String prefix) {
        return prefix + "-" + Integer.toHexString(ThreadLocalRandom.current().nextInt(0x1000000, 0x7fffffff));
    }

    private Instant at(String rest) {
        return Instant.parse(year + rest);
    }

    private String month(String number) {
        return year + "-" + number;
    }
}
