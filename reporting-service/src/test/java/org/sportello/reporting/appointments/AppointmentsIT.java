package org.sportello.reporting.appointments;

import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.THURSDAY;
import static java.time.DayOfWeek.TUESDAY;
import static java.time.DayOfWeek.WEDNESDAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.sportello.contracts.scheduling.v1.OpeningMode.BY_APPOINTMENT;
import static org.sportello.contracts.scheduling.v1.OpeningMode.PHONE_LINE;
import static org.sportello.contracts.scheduling.v1.OpeningMode.WALK_IN;
import static org.sportello.reporting.appointments.SchedulingEvents.slot;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sportello.contracts.scheduling.SchedulingTopic;
import org.sportello.contracts.scheduling.v1.AppointmentAttended;
import org.sportello.contracts.scheduling.v1.AppointmentRequested;
import org.sportello.platform.consuming.DeadLetterTopics;
import org.sportello.platform.json.ContractJson;
import org.sportello.reporting.DeadLetterTopic;
import org.sportello.reporting.ReportsApi;
import org.sportello.reporting.SchedulingTopicProducer;
import org.sportello.reporting.TestMonths;
import org.sportello.reporting.appointments.AppointmentsReport.Row;
import org.sportello.testing.SportelloServiceTest;
import org.sportello.testing.TestInfrastructure;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import tools.jackson.databind.JsonNode;

/**
 * Appointments end to end: scheduling's contracts published on the real topic, applied by the
 * projection in the real database, read over HTTP as a researcher reads them. Each test uses
 * offices and a year of its own, and asks for its own office's rows.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AppointmentsIT {

    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final String JSON = "application/json";
    private static final String GROUP = "reporting.appointments.it-" + UUID.randomUUID();
    private static final long DAY = 86_400;
    private static SchedulingTopicProducer scheduling;

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        SportelloServiceTest.register(registry, "reporting");
        // A group of its own: this context reads the topic from the start into its fresh database.
        registry.add("sportello.reporting.appointments.group-id", () -> GROUP);
        registry.add("sportello.reporting.monthly-users.group-id", () -> "reporting.monthly-users.appointments-it-"
                + UUID.randomUUID());
        SchedulingTopicProducer.createTopicIfMissing();
    }

    @LocalServerPort
    int port;

    private ReportsApi api;
    private Year year;
    private String office;

    @BeforeAll
    static void connect() {
        scheduling = new SchedulingTopicProducer();
    }

    @AfterAll
    static void disconnect() {
        scheduling.close();
    }

    @BeforeEach
    void ownYearAndOffice() {
        api = new ReportsApi(port);
        year = TestMonths.unusedYear();
        office = "appts-" + Integer.toHexString(ThreadLocalRandom.current().nextInt(0x1000000, 0x7fffffff));
    }

    @Test
    void massasHoursRequestsBookingsOutcomesAndWaitsByMonth() {
        scheduling.send(SchedulingEvents.officeCreated(office, at("-01-20T10:00:00Z")));
        // 6 hours a week by appointment from 1 February, 21 from 16 March (3 walk-in, 15 by appointment, 3 phone).
        scheduling.send(SchedulingEvents.hours(office, LocalDate.parse(year + "-02-01"),
                slot(TUESDAY, "09:00", "12:00", BY_APPOINTMENT), slot(THURSDAY, "09:00", "12:00", BY_APPOINTMENT)));
        scheduling.send(SchedulingEvents.hours(office, LocalDate.parse(year + "-03-16"),
                slot(MONDAY, "09:00", "12:00", WALK_IN), slot(TUESDAY, "09:00", "16:30", BY_APPOINTMENT),
                slot(THURSDAY, "09:00", "16:30", BY_APPOINTMENT), slot(WEDNESDAY, "15:00", "18:00", PHONE_LINE)));
        // February: six requests; five booked for March; one of them cancelled in February.
        Instant requestedAt = at("-02-10T09:00:00Z");
        for (int i = 0; i < 6; i++) {
            scheduling.send(SchedulingEvents.requested(office, requestedAt));
        }
        // March (whether February has 28 days or 29): five attended after 20, 22, 24, 28 and 30 days; one no-show.
        for (long days : new long[] {20, 22, 24, 28, 30}) {
            UUID appointment = UUID.randomUUID();
            Instant start = requestedAt.plusSeconds(days * DAY);
            scheduling.send(SchedulingEvents.booked(appointment, office, requestedAt, at("-02-11T09:00:00Z"), start));
            scheduling.send(SchedulingEvents.attended(appointment, office, requestedAt, start));
        }
        scheduling.send(SchedulingEvents.missed(UUID.randomUUID(), office, requestedAt, at("-03-03T09:00:00Z")));
        scheduling.send(SchedulingEvents.cancelled(UUID.randomUUID(), office, at("-02-20T09:00:00Z")));

        List<Row> expected = List.of(
                new Row(month("01"), office, 0L, 0L, 0L, 0L, 0L, null, null, hours("0.00", "0.00", "0.00"), List.of()),
                new Row(month("02"), office, 6L, 5L, 0L, 0L, null, null, null, hours("0.00", "6.00", "0.00"),
                        List.of("cancelled")),
                // March: 15 days at 6 hours by appointment, 16 at 15; 16 of 31 days at 3 walk-in and 3 phone.
                new Row(month("03"), office, 0L, 0L, 5L, null, 0L, new BigDecimal("24.0"), new BigDecimal("29.2"),
                        hours("1.55", "10.65", "1.55"), List.of("noShow")),
                new Row(month("04"), office, 0L, 0L, 0L, 0L, 0L, null, null, hours("3.00", "15.00", "3.00"), List.of()));
        awaitRows("&officeId=" + office, expected);

        HttpResponse<String> json = api.get(query(year + "-01", year + "-04", "&officeId=" + office),
                ReportsApi.RESEARCHER, JSON);
        assertThat(json.body()).contains("\"threshold\":5").contains("\"noShow\":null")
                .contains("\"hoursOpenPerWeek\":{\"WALK_IN\":1.55,\"BY_APPOINTMENT\":10.65,\"PHONE_LINE\":1.55}");

        HttpResponse<String> csv = api.get(query(year + "-02", year + "-03", "&officeId=" + office),
                ReportsApi.RESEARCHER, "text/csv");
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/csv"));
        assertThat(csv.body()).isEqualTo(AppointmentsCsv.HEADER + "\r\n"
                + month("02") + "," + office + ",6,5,0,0,,,,0.00,6.00,0.00,cancelled\r\n"
                + month("03") + "," + office + ",0,0,5,,0,24.0,29.2,1.55,10.65,1.55,noShow\r\n");
    }

    @Test
    void aWaitAcrossTheClockChangeIsCountedInTheInterviewsMonthInRome() {
        // Asked at 10:00 on 28 March, seen at 00:30 on 1 April in Rome (22:30 UTC on 31 March).
        for (int i = 0; i < 5; i++) {
            UUID appointment = UUID.randomUUID();
            scheduling.send(SchedulingEvents.attended(appointment, office, at("-03-28T09:00:00Z"), at("-03-31T22:30:00Z")));
        }

        // A year of its own but the weekdays are the year's: only the month and the wait matter here.
        awaitRows("&officeId=" + office, List.of(new Row(month("04"), office, 0L, 0L, 5L, 0L, 0L,
                new BigDecimal("3.6"), new BigDecimal("3.6"), hours("0.00", "0.00", "0.00"), List.of())), "04");
    }

    @Test
    void anEventDeliveredTwiceAndAnOutcomeToldTwiceCountOnce() {
        // One key for every record: one partition, so the marker is read after all of them.
        String key = UUID.randomUUID().toString();
        Instant requestedAt = at("-06-01T10:00:00Z");
        for (int i = 0; i < 5; i++) {
            AppointmentRequested request = SchedulingEvents.requested(office, requestedAt);
            String eventId = UUID.randomUUID().toString();
            send(eventId, key, request);
            send(eventId, key, request);
        }
        for (int i = 0; i < 5; i++) {
            AppointmentAttended attended = SchedulingEvents.attended(UUID.randomUUID(), office, requestedAt,
                    requestedAt.plusSeconds(2 * DAY));
            send(UUID.randomUUID().toString(), key, attended);
            // Another event id, the same appointment: an outcome is kept per appointment.
            send(UUID.randomUUID().toString(), key, attended);
        }
        String marker = office + "-marker";
        send(UUID.randomUUID().toString(), key, SchedulingEvents.officeCreated(marker, requestedAt));

        await().atMost(PATIENCE).until(() -> !report(query(year + "-06", year + "-06", "&officeId=" + marker)).isEmpty());
        assertThat(report(query(year + "-06", year + "-06", "&officeId=" + office))).containsExactly(
                new Row(month("06"), office, 5L, 0L, 5L, 0L, 0L, new BigDecimal("2.0"), new BigDecimal("2.0"),
                        hours("0.00", "0.00", "0.00"), List.of()));
    }

    @Test
    void anInterviewBeforeItsRequestIsADeadLetterAndTheEventsBehindItAreApplied() {
        String key = UUID.randomUUID().toString();
        String poison = UUID.randomUUID().toString();
        send(poison, key, SchedulingEvents.attended(UUID.randomUUID(), office, at("-07-10T10:00:00Z"),
                at("-07-01T10:00:00Z")));
        send(UUID.randomUUID().toString(), key, SchedulingEvents.requested(office, at("-07-02T10:00:00Z")));

        awaitRows("&officeId=" + office, List.of(new Row(month("07"), office, null, 0L, 0L, 0L, 0L, null, null,
                hours("0.00", "0.00", "0.00"), List.of("requested"))), "07");
        ConsumerRecord<String, byte[]> letter = DeadLetterTopic.find(DeadLetterTopics.topicFor(SchedulingTopic.NAME),
                poison, GROUP, Duration.ofSeconds(30)).orElseThrow(() -> new AssertionError("no dead letter of " + poison));
        assertThat(DeadLetterTopic.header(letter, DeadLetterTopics.REASON_HEADER)).contains("before it was requested");
        assertThat(DeadLetterTopic.header(letter, DeadLetterTopics.PROJECTION_HEADER))
                .isEqualTo(AppointmentsProjection.NAME);
    }

    @Test
    void reportsNeedAResearchersOrAnAdministratorsToken() {
        String range = query(year + "-01", year + "-12", "");

        assertThat(api.get(range, null, JSON).statusCode()).isEqualTo(401);
        assertThat(api.get(range, TestInfrastructure.token("operator-1", "OPERATOR"), JSON).statusCode()).isEqualTo(403);
        assertThat(api.get(range, TestInfrastructure.token("admin-1", "ADMIN"), JSON).statusCode()).isEqualTo(200);
    }

    @Test
    void badParametersAreProblemsNamingTheParameter() {
        assertProblem("?from=2025-13&to=2025-12", JSON, "invalid-month", "from");
        assertProblem("?from=2025-01&to=2025-12-31", "text/csv", "invalid-month", "to");
        assertProblem("?from=2025-01", JSON, "invalid-input", "to");
        assertProblem("?from=2025-02&to=2025-01", JSON, "invalid-month-range", "to");
        assertProblem("?from=2015-01&to=2025-12", JSON, "invalid-month-range", "to");
        assertProblem("?from=2025-01&to=2025-12&officeId=Massa", JSON, "invalid-office-id", "officeId");
        // This report has no all row.
        assertProblem("?from=2025-01&to=2025-12&officeId=all", JSON, "invalid-office-id", "officeId");
    }

    // ---- helpers -------------------------------------------------------------------------------

    private void send(String eventId, String key, Object event) {
        scheduling.send(eventId, SchedulingTopicProducer.typeOf(event), key, ContractJson.write(event));
    }

    private void awaitRows(String officeQuery, List<Row> expected) {
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(report(query(year + "-01", year + "-04", officeQuery)))
                .containsExactlyElementsOf(expected));
    }

    private void awaitRows(String officeQuery, List<Row> expected, String onlyMonth) {
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(report(query(month(onlyMonth), month(onlyMonth),
                officeQuery))).containsExactlyElementsOf(expected));
    }

    private List<Row> report(String query) {
        HttpResponse<String> response = api.get(query, ReportsApi.RESEARCHER, JSON);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return ReportsApi.read(response, AppointmentsReport.class).rows();
    }

    private static String query(String from, String to, String officeQuery) {
        return "/api/reports/appointments?from=" + from + "&to=" + to + officeQuery;
    }

    private void assertProblem(String parameters, String accept, String type, String field) {
        HttpResponse<String> response = api.get("/api/reports/appointments" + parameters, ReportsApi.RESEARCHER, accept);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        JsonNode problem = ReportsApi.json(response);
        assertThat(problem.get("type").asString()).isEqualTo("https://sportello.org/problems/" + type);
        assertThat(problem.get("errors").get(0).get("field").asString()).isEqualTo(field);
    }

    private Instant at(String rest) {
        return Instant.parse(year + rest);
    }

    private String month(String number) {
        return year + "-" + number;
    }

    private static HoursOpenPerWeek hours(String walkIn, String byAppointment, String phoneLine) {
        return new HoursOpenPerWeek(new BigDecimal(walkIn), new BigDecimal(byAppointment), new BigDecimal(phoneLine));
    }
}
