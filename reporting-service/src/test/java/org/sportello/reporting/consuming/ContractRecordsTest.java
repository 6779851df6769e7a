package org.sportello.reporting.consuming;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.record.TimestampType;
import org.junit.jupiter.api.Test;
import org.sportello.contracts.CloudEventHeaders;
import org.sportello.contracts.intake.IntakeTopic;
import org.sportello.platform.json.ContractJson;

class ContractRecordsTest {

    private static final String WANTED = "sportello.test.Greeting.v1";
    private static final String OTHER = "sportello.test.Farewell.v1";

    record Greeting(String text) {
    }

    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final ContractRecords records = new ContractRecords(meters);
    private long offset;

    @Test
    void readsTheEventsOfTheWantedTypeInOrderWithTheirIds() {
        List<Delivered<Greeting>> read = read(record("e1", WANTED, json("ciao")), record("e2", OTHER, json("addio")),
                record("e3", WANTED, json("salve")));

        assertThat(read).containsExactly(new Delivered<>("e1", new Greeting("ciao")),
                new Delivered<>("e3", new Greeting("salve")));
        assertThat(skipped()).isZero();
    }

    @Test
    void passesOverOtherTypesWithoutCountingThemAsSkipped() {
        assertThat(read(record("e1", OTHER, bytes("not even json")), record("e2", null, json("?")))).isEmpty();
        assertThat(skipped()).isZero();
    }

    @Test
    void skipsAndCountsRecordsOfTheWantedTypeThatCannotBeRead() {
        List<Delivered<Greeting>> read = read(
                record("e1", WANTED, bytes("{broken")),
                record(null, WANTED, json("no id")),
                record("e3", WANTED, null),
                record("e4", WANTED, json("unusable")),
                record("e5", WANTED, json("fine")));

        assertThat(read).containsExactly(new Delivered<>("e5", new Greeting("fine")));
        assertThat(skipped()).isEqualTo(4);
    }

    @SafeVarargs
    private List<Delivered<Greeting>> read(ConsumerRecord<String, byte[]>... batch) {
        return records.read("test", List.of(batch), WANTED, value -> {
            Greeting greeting = ContractJson.read(value, Greeting.class);
            if (greeting.text().equals("unusable")) {
                throw new UnusableEvent("a test says so");
            }
            return greeting;
        });
    }

    private double skipped() {
        var counter = meters.find(ContractRecords.SKIPPED_METER).tag("projection", "test").counter();
        return counter == null ? 0 : counter.count();
    }

    private ConsumerRecord<String, byte[]> record(String eventId, String type, byte[] value) {
        RecordHeaders headers = new RecordHeaders();
        if (eventId != null) {
            headers.add(CloudEventHeaders.ID, bytes(eventId));
        }
        if (type != null) {
            headers.add(CloudEventHeaders.TYPE, bytes(type));
        }
        return new ConsumerRecord<>(IntakeTopic.NAME, 0, offset++, 0L, TimestampType.CREATE_TIME, 0, 0, "key", value,
                headers, Optional.empty());
    }

    private static byte[] json(String text) {
        return ContractJson.write(new Greeting(text));
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
