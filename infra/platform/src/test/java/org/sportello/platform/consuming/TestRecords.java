package org.sportello.platform.consuming;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.record.TimestampType;
import org.sportello.contracts.CloudEventHeaders;
import org.sportello.contracts.intake.IntakeTopic;
import org.sportello.contracts.intake.v1.Channel;
import org.sportello.contracts.intake.v1.ContactOutcome;
import org.sportello.contracts.intake.v1.ContactRecorded;
import org.sportello.contracts.intake.v1.Operator;
import org.sportello.contracts.intake.v1.OperatorRole;
import org.sportello.platform.json.ContractJson;

/** Intake's records as its relay publishes them (CloudEvents headers), at consecutive offsets of partition 0. */
final class TestRecords {

    private long offset;

    ConsumerRecord<String, byte[]> next(String eventId, String type, byte[] value) {
        RecordHeaders headers = new RecordHeaders();
        headers.add(CloudEventHeaders.SPEC_VERSION, bytes(CloudEventHeaders.SPEC_VERSION_1_0));
        headers.add(CloudEventHeaders.ID, bytes(eventId));
        headers.add(CloudEventHeaders.TYPE, bytes(type));
        headers.add(CloudEventHeaders.SOURCE, bytes(IntakeTopic.SOURCE));
        headers.add(CloudEventHeaders.CONTENT_TYPE, bytes(CloudEventHeaders.JSON));
        return new ConsumerRecord<>(IntakeTopic.NAME, 0, offset++, 0L, TimestampType.CREATE_TIME, 0, 0, "key", value,
                headers, Optional.empty());
    }

    static byte[] contact(String office) {
        return contact(office, Instant.parse("2025-03-12T09:40:00Z"));
    }

    static byte[] contact(String office, Instant occurredAt) {
        return ContractJson.write(new ContactRecorded(UUID.randomUUID(), null, null, office, Channel.PHONE, occurredAt,
                List.of(new Operator("op-1", OperatorRole.ADMINISTRATIVE)), List.of(),
                List.of(ContactOutcome.INFORMATION_GIVEN)));
    }

    static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
