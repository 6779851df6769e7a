package org.sportello.platform.consuming;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import io.cloudevents.CloudEvent;
import io.cloudevents.CloudEventData;
import io.cloudevents.kafka.KafkaMessageFactory;
import org.apache.kafka.clients.consumer.ConsumerRecord;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a poll batch for one projection: each record's CloudEvents envelope (binary mode, with the
 * SDK), then, for the types the projection applies, the value checked against the contract's JSON
 * schema and read by the projection.
 *
 * <p>Every record ends in one of three places: an event for the projection; passed over (a type
 * the topic publishes that this projection does not apply); or a dead letter, with the reason.
 * A record is a dead letter when the envelope is not a CloudEvent, its {@code ce_id} is blank or
 * longer than {@code processed_event} stores, its {@code ce_type} is not one the topic's contracts
 * publish, its value is missing, not JSON, or does not conform to the schema, or the projection
 * cannot use it ({@link UnusableEvent}). All of it depends on the record alone, so reading it again
 * would give the same answer: nothing here is retried.
 */
final class ContractRecords<T> {

    /** Jackson's defaults, as the contract tests read: the schema, not our configuration, decides what fits. */
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** The events for the projection, each with the record it came from, and the dead letters. */
    record Read<T>(List<Delivered<T>> events, List<ConsumerRecord<String, byte[]>> sources,
                   List<PoisonedRecord> deadLetters) {
    }

    record PoisonedRecord(ConsumerRecord<String, byte[]> record, PoisonRecord poison) {
    }

    private final KafkaProjection<T> projection;
    private final ContractSchemas schemas;
    private final Set<String> published;

    ContractRecords(KafkaProjection<T> projection, ContractSchemas schemas) {
        this.projection = projection;
        this.schemas = schemas;
        this.published = schemas.typesOf(projection.topic());
        for (String type : projection.types()) {
            if (!published.contains(type)) {
                throw new IllegalStateException("Projection " + projection.name() + " applies " + type
                        + ", which no contract on the classpath publishes on " + projection.topic());
            }
            schemas.schemaOf(type);
        }
    }

    Read<T> read(List<ConsumerRecord<String, byte[]>> batch) {
        List<Delivered<T>> events = new ArrayList<>(batch.size());
        List<ConsumerRecord<String, byte[]>> sources = new ArrayList<>(batch.size());
        List<PoisonedRecord> deadLetters = new ArrayList<>();
        for (ConsumerRecord<String, byte[]> record : batch) {
            try {
                Delivered<T> event = read(record);
                if (event != null) {
                    events.add(event);
                    sources.add(record);
                }
            } catch (PoisonRecord poison) {
                deadLetters.add(new PoisonedRecord(record, poison));
            }
        }
        return new Read<>(events, sources, deadLetters);
    }

    /** The event, null when passed over; throws {@link PoisonRecord} for a dead letter. */
    private Delivered<T> read(ConsumerRecord<String, byte[]> record) {
        CloudEvent envelope;
        try {
            envelope = KafkaMessageFactory.createReader(record).toEvent();
        } catch (RuntimeException e) {
            throw poison("it is not a CloudEvent in binary mode: " + e.getMessage(), e);
        }
        String id = envelope.getId();
        if (id == null || id.isBlank()) {
            throw poison("its ce_id is blank, so it cannot be deduplicated", null);
        }
        if (id.length() > ProcessedEvents.MAX_EVENT_ID_LENGTH) {
            throw poison("its ce_id is " + id.length() + " characters long, more than the "
                    + ProcessedEvents.MAX_EVENT_ID_LENGTH + " an event id may have", null);
        }
        String type = envelope.getType();
        if (!published.contains(type)) {
            throw poison("its ce_type '" + type + "' is not a type the contracts publish on " + projection.topic()
                    + " (" + String.join(", ", published.stream().sorted().toList()) + ")", null);
        }
        if (!projection.types().contains(type)) {
            return null;
        }
        CloudEventData data = envelope.getData();
        if (data == null) {
            throw poison("it has no value", null);
        }
        byte[] value = data.toBytes();
        JsonNode json;
        try {
            json = JSON.readTree(value);
        } catch (JacksonException e) {
            throw poison("its value is not JSON: " + e.getOriginalMessage(), e);
        }
        String violations = schemas.violations(type, json);
        if (violations != null) {
            throw poison("its value does not conform to the schema of " + type + ": " + violations, null);
        }
        try {
            return new Delivered<>(id, projection.read(type, value));
        } catch (UnusableEvent e) {
            throw poison("projection " + projection.name() + " cannot use it: " + e.getMessage(), e);
        } catch (RuntimeException e) {
            throw poison("projection " + projection.name() + " failed to read it: " + e, e);
        }
    }

    PoisonRecord poison(String reason, Throwable cause) {
        return new PoisonRecord(projection.name(), projection.groupId(), reason, cause);
    }
}
