package org.sportello.platform.consuming;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.sportello.contracts.CloudEventHeaders;
import org.sportello.contracts.intake.v1.CaseOpened;
import org.sportello.contracts.intake.v1.ContactRecorded;
import org.sportello.platform.json.ContractJson;

class ContractRecordsTest {

    private final ContractRecords<String> records = new ContractRecords<>(new OfficesProjection(), ContractSchemas.fromClasspath());
    private final TestRecords kafka = new TestRecords();

    @Test
    void readsTheEventsOfTheTypesItAppliesInOrderWithTheirIds() {
        var read = records.read(List.of(record("e1", ContactRecorded.TYPE, contact("monza-centro")),
                record("e2", CaseOpened.TYPE, caseOpened()), record("e3", ContactRecorded.TYPE, contact("corsico"))));

        assertThat(read.events()).containsExactly(new Delivered<>("e1", "monza-centro"), new Delivered<>("e3", "corsico"));
        assertThat(read.deadLetters()).isEmpty();
    }

    @Test
    void otherTypesTheTopicPublishesArePassedOverUnread() {
        var read = records.read(List.of(record("e1", CaseOpened.TYPE, TestRecords.bytes("not even json"))));

        assertThat(read.events()).isEmpty();
        assertThat(read.deadLetters()).isEmpty();
    }

    @Test
    void recordsThatCannotBeUsedAreDeadLettersWithTheirReasonAndDoNotHideTheOthers() {
        var read = records.read(List.of(
                record("e1", ContactRecorded.TYPE, TestRecords.bytes("{broken")),
                record("x".repeat(256), ContactRecorded.TYPE, contact("monza-centro")),
                record("e3", "sportello.intake.ContactRecorded.v9", contact("monza-centro")),
                record("e4", ContactRecorded.TYPE, null),
                record("e5", ContactRecorded.TYPE, contact("Monza Centro")),
                record("e6", ContactRecorded.TYPE, contact("unusable")),
                withoutSpecVersion(record("e7", ContactRecorded.TYPE, contact("monza-centro"))),
                record("e8", ContactRecorded.TYPE, contact("fine"))));

        assertThat(read.events()).containsExactly(new Delivered<>("e8", "fine"));
        assertThat(read.deadLetters()).extracting(letter -> letter.poison().reason()).satisfiesExactly(
                reason -> assertThat(reason).contains("not JSON"),
                reason -> assertThat(reason).contains("256 characters"),
                reason -> assertThat(reason).contains("'sportello.intake.ContactRecorded.v9' is not a type"),
                reason -> assertThat(reason).contains("no value"),
                reason -> assertThat(reason).contains("does not conform to the schema").contains("/officeId"),
                reason -> assertThat(reason).contains("cannot use it: a test says so"),
                reason -> assertThat(reason).contains("not a CloudEvent"));
        assertThat(read.deadLetters()).allSatisfy(letter -> {
            assertThat(letter.poison().projection()).isEqualTo("offices");
            assertThat(letter.poison().group()).isEqualTo("test.offices");
        });
    }

    @Test
    void anInstantBeyondTheYear9999DoesNotFitTheContract() {
        var read = records.read(List.of(record("e1", ContactRecorded.TYPE,
                contact("monza-centro", Instant.parse("+100000-01-01T00:00:00Z")))));

        assertThat(read.deadLetters()).singleElement()
                .satisfies(letter -> assertThat(letter.poison().reason()).contains("/occurredAt"));
    }

    private static byte[] contact(String office) {
        return TestRecords.contact(office);
    }

    private static byte[] contact(String office, Instant occurredAt) {
        return TestRecords.contact(office, occurredAt);
    }

    private static byte[] caseOpened() {
        return ContractJson.write(new CaseOpened(UUID.randomUUID(), UUID.randomUUID(), "corsico",
                Instant.parse("2025-03-12T09:40:00Z")));
    }

    private ConsumerRecord<String, byte[]> record(String eventId, String type, byte[] value) {
        return kafka.next(eventId, type, value);
    }

    private static ConsumerRecord<String, byte[]> withoutSpecVersion(ConsumerRecord<String, byte[]> record) {
        record.headers().remove(CloudEventHeaders.SPEC_VERSION);
        return record;
    }
}
