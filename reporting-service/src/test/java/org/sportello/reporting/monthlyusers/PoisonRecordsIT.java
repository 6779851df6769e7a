package org.sportello.reporting.monthlyusers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.Year;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sportello.contracts.intake.IntakeTopic;
import org.sportello.contracts.intake.v1.ContactRecorded;
import org.sportello.platform.consuming.DeadLetterTopics;
import org.sportello.platform.json.ContractJson;
import org.sportello.reporting.DeadLetterTopic;
import org.sportello.reporting.IntakeTopicProducer;
import org.sportello.reporting.ReportsApi;
import org.sportello.reporting.TestMonths;
import org.sportello.reporting.monthlyusers.MonthlyUsersReport.Row;
import org.sportello.testing.SportelloServiceTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A record the projection cannot use goes to {@code sportello.intake.events.dlt} with the reason,
 * is counted, and never stalls the partition: a contact right behind it on the same partition
 * still reaches the report within seconds.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PoisonRecordsIT {

    /** Within seconds, not the minutes of a retry loop. */
    private static final Duration PROMPTLY = Duration.ofSeconds(10);
    private static final String GROUP = "reporting.monthly-users.poison-" + UUID.randomUUID();
    private static IntakeTopicProducer intake;

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        SportelloServiceTest.register(registry, "reporting");
        registry.add("sportello.reporting.monthly-users.group-id", () -> GROUP);
        IntakeTopicProducer.createTopicIfMissing();
    }

    @LocalServerPort
    int port;
    @Autowired
    MeterRegistry meters;

    private ReportsApi api;
    private Year year;
    private String office;
    private long sent;

    @BeforeAll
    static void connect() {
        intake = new IntakeTopicProducer();
    }

    @AfterAll
    static void disconnect() {
        intake.close();
    }

    @BeforeEach
    void ownYearAndOffice() {
        api = new ReportsApi(port);
        year = TestMonths.unusedYear();
        office = "poison-" + Integer.toHexString(ThreadLocalRandom.current().nextInt(0x1000000, 0x7fffffff));
        // The context reads the shared topic from the start: let it catch up before counting its dead letters.
        awaitCounted(sendContact(UUID.randomUUID().toString()), Duration.ofSeconds(60));
    }

    @Test
    void aValueThatIsNotJsonIsADeadLetter() {
        String eventId = UUID.randomUUID().toString();

        assertDeadLetteredWithoutStalling(eventId, ContactRecorded.TYPE, "{not json".getBytes(StandardCharsets.UTF_8),
                "is not JSON");
    }

    @Test
    void anEventIdLongerThanProcessedEventStoresIsADeadLetterNotADatabaseOutage() {
        String eventId = "x".repeat(300 - 36) + UUID.randomUUID();

        assertDeadLetteredWithoutStalling(eventId, ContactRecorded.TYPE, contact(at("-02-01T10:00:00Z")),
                "300 characters");
    }

    @Test
    void aContactInTheYear100000IsADeadLetterNotAMonthTheReportCannotStore() {
        assertDeadLetteredWithoutStalling(UUID.randomUUID().toString(), ContactRecorded.TYPE,
                contact(Instant.parse("+100000-01-01T00:00:00Z")), "does not conform to the schema");
    }

    @Test
    void aTypeTheTopicsContractsDoNotPublishIsADeadLetter() {
        assertDeadLetteredWithoutStalling(UUID.randomUUID().toString(), "sportello.intake.ContactRecorded.v9",
                contact(at("-02-01T10:00:00Z")), "is not a type the contracts publish");
    }

    // ---- helpers -------------------------------------------------------------------------------

    private void assertDeadLetteredWithoutStalling(String eventId, String type, byte[] value, String reason) {
        double before = deadLetters();
        String key = UUID.randomUUID().toString();

        intake.send(eventId, type, key, value);
        // Same key, same partition: behind the poison record.
        awaitCounted(sendContact(key), PROMPTLY);

        ConsumerRecord<String, byte[]> letter = DeadLetterTopic.find(eventId, GROUP, Duration.ofSeconds(30))
                .orElseThrow(() -> new AssertionError("no dead letter of " + eventId + " on " + DeadLetterTopic.NAME));
        assertThat(letter.value()).isEqualTo(value);
        assertThat(letter.key()).isEqualTo(key);
        assertThat(DeadLetterTopic.header(letter, DeadLetterTopics.REASON_HEADER)).contains(reason);
        assertThat(DeadLetterTopic.header(letter, DeadLetterTopics.PROJECTION_HEADER)).isEqualTo(MonthlyUsersProjection.NAME);
        assertThat(DeadLetterTopic.header(letter, KafkaHeaders.DLT_ORIGINAL_TOPIC)).isEqualTo(IntakeTopic.NAME);
        assertThat(DeadLetterTopic.header(letter, KafkaHeaders.DLT_EXCEPTION_MESSAGE)).contains(reason);
        assertThat(deadLetters()).isGreaterThanOrEqualTo(before + 1);
    }

    private byte[] contact(Instant occurredAt) {
        return ContractJson.write(Contacts.of(UUID.randomUUID(), office, occurredAt));
    }

    /** A normal contact at this test's office, keyed {@code key}; returns the number of contacts to expect. */
    private long sendContact(String key) {
        intake.send(UUID.randomUUID().toString(), ContactRecorded.TYPE, key,
                ContractJson.write(Contacts.anonymous(office, at("-03-01T10:00:00Z"))));
        return ++sent;
    }

    private void awaitCounted(long contacts, Duration patience) {
        await().atMost(patience).untilAsserted(() -> assertThat(report()).containsExactly(
                new Row(year + "-03", office, 0L, contacts < 5 ? null : contacts, contacts < 5 ? null : contacts,
                        contacts < 5 ? List.of("contacts", "anonymousContacts") : List.of())));
    }

    private List<Row> report() {
        var response = api.get("/api/reports/monthly-users?from=" + year + "-01&to=" + year + "-12&officeId=" + office,
                ReportsApi.RESEARCHER, "application/json");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return ReportsApi.read(response, MonthlyUsersReport.class).rows();
    }

    private double deadLetters() {
        Counter counter = meters.find(DeadLetterTopics.METER).tag("projection", MonthlyUsersProjection.NAME)
                .tag("topic", IntakeTopic.NAME).counter();
        return counter == null ? 0 : counter.count();
    }

    private Instant at(String rest) {
        return Instant.parse(year + rest);
    }
}
