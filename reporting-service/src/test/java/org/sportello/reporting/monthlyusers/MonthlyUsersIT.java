package org.sportello.reporting.monthlyusers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sportello.contracts.intake.v1.CaseOpened;
import org.sportello.contracts.intake.v1.ContactRecorded;
import org.sportello.platform.consuming.DeadLetterTopics;
import org.sportello.platform.json.ContractJson;
import org.sportello.reporting.IntakeTopicProducer;
import org.sportello.reporting.ReportsApi;
import org.sportello.reporting.TestMonths;
import org.sportello.reporting.monthlyusers.MonthlyUsersReport.Row;
import org.sportello.testing.SportelloServiceTest;
import org.sportello.testing.TestInfrastructure;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import tools.jackson.databind.JsonNode;

/**
 * Monthly users end to end: contracts published on the real topic, counted by the projection in
 * the real database, read over HTTP as a researcher reads them. Each test uses offices and a year
 * of its own (see {@link TestMonths}), so tests never see each other's counts.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class MonthlyUsersIT {

    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final String JSON = "application/json";
    private static IntakeTopicProducer intake;

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        SportelloServiceTest.register(registry, "reporting");
        // A group of its own: this context reads the topic from the start into its fresh database.
        String group = "reporting.monthly-users.it-" + UUID.randomUUID();
        registry.add("sportello.reporting.monthly-users.group-id", () -> group);
        IntakeTopicProducer.createTopicIfMissing();
    }

    @LocalServerPort
    int port;
    @Autowired
    MeterRegistry meters;

    private ReportsApi api;
    private Year year;
    private String office;

    @BeforeAll
    static void connect() {
        intake = new IntakeTopicProducer();
    }

    @AfterAll
    static void disconnect() {
        intake.close();
    }

    @BeforeEach
    void ownYearAndOffices() {
        api = new ReportsApi(port);
        year = TestMonths.unusedYear();
        office = "it-" + Integer.toHexString(ThreadLocalRandom.current().nextInt(0x1000000, 0x7fffffff));
    }

    @Test
    void countsDistinctCitizensPerOfficeAndOnceAcrossOffices() {
        String centro = office + "-centro";
        String sanRocco = office + "-san-rocco";
        List<UUID> citizens = citizens(6);
        Instant march = at("-03-12T09:40:00Z");
        for (UUID citizen : citizens.subList(0, 5)) {
            intake.send(Contacts.of(citizen, centro, march));
        }
        intake.send(Contacts.of(citizens.get(0), centro, march));
        intake.send(Contacts.of(citizens.get(0), centro, march.plusSeconds(3600)));
        for (UUID citizen : citizens) {
            intake.send(Contacts.of(citizen, sanRocco, march));
        }
        for (int i = 0; i < 5; i++) {
            intake.send(Contacts.anonymous(sanRocco, march));
        }

        awaitRows(year, "", List.of(
                new Row(month("03"), centro, 5L, 7L, 0L, List.of()),
                new Row(month("03"), sanRocco, 6L, 11L, 5L, List.of()),
                new Row(month("03"), "all", 6L, 18L, 5L, List.of())));
        assertThat(report(year, "&officeId=" + sanRocco).rows()).extracting(Row::officeId).containsExactly(sanRocco);
        assertThat(report(year, "&officeId=all").rows()).extracting(Row::officeId).containsExactly("all");
    }

    @Test
    void aContactLateOnTheLastDayOfAMonthInUtcCountsInTheNextMonthInRome() {
        for (UUID citizen : citizens(5)) {
            intake.send(Contacts.of(citizen, office, at("-01-31T22:30:00Z")));
        }
        for (UUID citizen : citizens(5)) {
            intake.send(Contacts.of(citizen, office, at("-01-31T23:30:00Z")));
        }

        awaitRows(year, "", List.of(
                new Row(month("01"), office, 5L, 5L, 0L, List.of()),
                new Row(month("01"), "all", 5L, 5L, 0L, List.of()),
                new Row(month("02"), office, 5L, 5L, 0L, List.of()),
                new Row(month("02"), "all", 5L, 5L, 0L, List.of())));
    }

    @Test
    void smallCountsAreWithheldNamedAndWrittenAsNull() {
        String small = office + "-small";
        String large = office + "-large";
        List<UUID> two = citizens(2);
        Instant april = at("-04-02T08:00:00Z");
        intake.send(Contacts.of(two.get(0), small, april));
        intake.send(Contacts.of(two.get(0), small, april));
        intake.send(Contacts.of(two.get(1), small, april));
        intake.send(Contacts.anonymous(small, april));
        for (UUID citizen : citizens(5)) {
            intake.send(Contacts.of(citizen, large, april));
        }

        awaitRows(year, "", List.of(
                new Row(month("04"), large, 5L, 5L, 0L, List.of()),
                new Row(month("04"), small, null, null, null, List.of("citizens", "contacts", "anonymousContacts")),
                new Row(month("04"), "all", 7L, 9L, null, List.of("anonymousContacts"))));
        HttpResponse<String> response = api.get(query(year, "&officeId=" + small), ReportsApi.RESEARCHER, JSON);
        assertThat(response.body()).contains("\"threshold\":5")
                .contains("\"citizens\":null,\"contacts\":null,\"anonymousContacts\":null");
    }

    @Test
    void csvGivesTheSameRowsWithWithheldCountsEmpty() {
        intake.send(Contacts.of(UUID.randomUUID(), office, at("-05-20T10:00:00Z")));
        awaitRows(year, "", List.of(
                new Row(month("05"), office, null, null, 0L, List.of("citizens", "contacts")),
                new Row(month("05"), "all", null, null, 0L, List.of("citizens", "contacts"))));

        HttpResponse<String> csv = api.get(query(year, ""), ReportsApi.RESEARCHER, "text/csv");

        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("text/csv"));
        assertThat(csv.body()).isEqualTo("month,officeId,citizens,contacts,anonymousContacts,suppressed\r\n"
                + month("05") + "," + office + ",,,0,citizens;contacts\r\n"
                + month("05") + ",all,,,0,citizens;contacts\r\n");
    }

    @Test
    void anEventDeliveredTwiceCountsOnce() {
        // One key for every record: one partition, so the marker is read after both deliveries.
        String key = UUID.randomUUID().toString();
        List<ContactRecorded> contacts = citizens(5).stream()
                .map(citizen -> Contacts.of(citizen, office, at("-06-01T10:00:00Z")))
                .toList();
        List<String> eventIds = new ArrayList<>();
        for (ContactRecorded contact : contacts) {
            eventIds.add(send(UUID.randomUUID().toString(), key, contact));
        }
        for (int i = 0; i < contacts.size(); i++) {
            send(eventIds.get(i), key, contacts.get(i));
        }
        String marker = office + "-marker";
        send(UUID.randomUUID().toString(), key, Contacts.of(UUID.randomUUID(), marker, at("-06-01T10:00:00Z")));

        await().atMost(PATIENCE).until(() -> !report(year, "&officeId=" + marker).rows().isEmpty());
        assertThat(report(year, "&officeId=" + office).rows())
                .containsExactly(new Row(month("06"), office, 5L, 5L, 0L, List.of()));
    }

    @Test
    void recordsOfOtherPublishedTypesArePassedOverAndUnusableOnesDoNotBlockThoseBehind() {
        double deadLettersBefore = deadLetters();
        String key = UUID.randomUUID().toString();
        Instant july = at("-07-01T10:00:00Z");
        intake.send(UUID.randomUUID().toString(), CaseOpened.TYPE, key,
                ContractJson.write(new CaseOpened(UUID.randomUUID(), UUID.randomUUID(), office, july)));
        send(UUID.randomUUID().toString(), key, Contacts.of(UUID.randomUUID(), null, july));
        intake.send(null, ContactRecorded.TYPE, key, ContractJson.write(Contacts.of(UUID.randomUUID(), office, july)));
        // Behind the unusable records on the same partition: counted only if those did not block it.
        for (UUID citizen : citizens(5)) {
            send(UUID.randomUUID().toString(), key, Contacts.of(citizen, office, july));
        }

        awaitRows(year, "", List.of(
                new Row(month("07"), office, 5L, 5L, 0L, List.of()),
                new Row(month("07"), "all", 5L, 5L, 0L, List.of())));
        // At least: against a long-lived broker, earlier runs' unusable records may be read meanwhile.
        // The case opened is not among them: another published type is none of this projection's business.
        assertThat(deadLetters() - deadLettersBefore).isGreaterThanOrEqualTo(2);
    }

    @Test
    void reportsNeedAToken() {
        HttpResponse<String> response = api.get(query(year, ""), null, JSON);

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    }

    @Test
    void operatorsMayNotReadReports() {
        String operator = TestInfrastructure.token("operator-1", "OPERATOR");

        assertThat(api.get(query(year, ""), operator, JSON).statusCode()).isEqualTo(403);
    }

    @Test
    void administratorsMayReadReports() {
        String admin = TestInfrastructure.token("admin-1", "ADMIN");

        assertThat(api.get(query(year, ""), admin, JSON).statusCode()).isEqualTo(200);
    }

    @Test
    void aMalformedMonthIsAProblemNamingTheField() {
        assertProblem("?from=2025-13&to=2025-12", JSON, "invalid-month", "from");
        assertProblem("?from=2025-01&to=2025-12-31", JSON, "invalid-month", "to");
        assertProblem("?from=2025-13&to=2025-12", "text/csv", "invalid-month", "from");
    }

    @Test
    void aMissingMonthAnInvertedRangeOrABadOfficeAreProblemsNamingTheField() {
        assertProblem("?from=2025-01", JSON, "invalid-input", "to");
        assertProblem("?from=2025-02&to=2025-01", JSON, "invalid-month-range", "to");
        assertProblem("?from=2015-01&to=2025-12", JSON, "invalid-month-range", "to");
        assertProblem("?from=2025-01&to=2025-12&officeId=Monza%20Centro", JSON, "invalid-office-id", "officeId");
    }

    @Test
    void theOpenApiDocumentDescribesTheReport() {
        HttpResponse<String> document = api.get("/v3/api-docs", null, JSON);

        assertThat(document.statusCode()).isEqualTo(200);
        assertThat(document.body()).contains("/api/reports/monthly-users").contains("omitted");
    }

    // ---- helpers -------------------------------------------------------------------------------

    private String send(String eventId, String key, ContactRecorded contact) {
        intake.send(eventId, ContactRecorded.TYPE, key, ContractJson.write(contact));
        return eventId;
    }

    private void awaitRows(Year year, String officeQuery, List<Row> expected) {
        await().atMost(PATIENCE).untilAsserted(() ->
                assertThat(report(year, officeQuery).rows()).containsExactlyElementsOf(expected));
    }

    private MonthlyUsersReport report(Year year, String officeQuery) {
        HttpResponse<String> response = api.get(query(year, officeQuery), ReportsApi.RESEARCHER, JSON);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return ReportsApi.read(response, MonthlyUsersReport.class);
    }

    private static String query(Year year, String officeQuery) {
        return "/api/reports/monthly-users?from=" + year + "-01&to=" + year + "-12" + officeQuery;
    }

    private void assertProblem(String parameters, String accept, String type, String field) {
        HttpResponse<String> response =
                api.get("/api/reports/monthly-users" + parameters, ReportsApi.RESEARCHER, accept);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        JsonNode problem = ReportsApi.json(response);
        assertThat(problem.get("type").asString()).isEqualTo("https://sportello.org/problems/" + type);
        assertThat(problem.get("errors").get(0).get("field").asString()).isEqualTo(field);
    }

    private double deadLetters() {
        Counter counter = meters.find(DeadLetterTopics.METER).tag("projection", MonthlyUsersProjection.NAME).counter();
        return counter == null ? 0 : counter.count();
    }

    private Instant at(String rest) {
        return Instant.parse(year + rest);
    }

    private String month(String number) {
        return year + "-" + number;
    }

    private static List<UUID> citizens(int count) {
        List<UUID> citizens = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            citizens.add(UUID.randomUUID());
        }
        return citizens;
    }
}
