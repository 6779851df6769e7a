package org.sportello.platform.relay;

import java.net.URI;
import java.time.ZoneOffset;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.sportello.contracts.CloudEventHeaders;
import org.sportello.platform.json.ContractJson;

import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;
import io.cloudevents.kafka.KafkaMessageFactory;

/**
 * A contract event as a Kafka record in CloudEvents binary mode, written by the CloudEvents SDK: the
 * record value is the contract's JSON alone, the attributes travel as {@code ce_*} headers and
 * {@code content-type}. The SDK, not hand-built headers, so that the envelope follows the Kafka
 * protocol binding exactly and any CloudEvents consumer can read it.
 */
final class CloudEventRecords {

    private final String topic;
    private final URI source;

    CloudEventRecords(String topic, String source) {
        this.topic = topic;
        this.source = URI.create(source);
    }

    /** The Kafka key and {@code ce_subject}: the aggregate, so one aggregate's events keep their order. */
    static String keyOf(EventMessage<?> message) {
        return message instanceof DomainEventMessage<?> domain ? domain.getAggregateIdentifier() : message.getIdentifier();
    }

    ProducerRecord<String, byte[]> record(Object contract, EventMessage<?> message) {
        return record(contract, message, keyOf(message));
    }

    /** The record under {@code key} (see {@link ContractTranslator#keyOf}). */
    ProducerRecord<String, byte[]> record(Object contract, EventMessage<?> message, String key) {
        CloudEvent event = CloudEventBuilder.v1()
                // The stored event's id: the same on every redelivery, so consumers deduplicate by it.
                .withId(message.getIdentifier())
                .withType(ContractType.of(contract))
                .withSource(source)
                // When the service recorded the event; when the fact happened is in the body.
                .withTime(message.getTimestamp().atOffset(ZoneOffset.UTC))
                .withSubject(key)
                .withDataContentType(CloudEventHeaders.JSON)
                .withData(ContractJson.write(contract))
                .build();
        return KafkaMessageFactory.createWriter(topic, null, null, key).writeBinary(event);
    }
}
