package org.sportello.reporting;

import java.util.UUID;

import org.apache.kafka.clients.producer.RecordMetadata;
import org.sportello.contracts.intake.IntakeTopic;
import org.sportello.contracts.intake.v1.CitizenErased;
import org.sportello.contracts.intake.v1.ContactRecorded;
import org.sportello.platform.json.ContractJson;

/** Publishes on {@code sportello.intake.events} what intake's relay would (see {@link TopicProducer}). */
public final class IntakeTopicProducer extends TopicProducer {

    public IntakeTopicProducer() {
        super(IntakeTopic.NAME, IntakeTopic.SOURCE);
    }

    public static void createTopicIfMissing() {
        createTopicIfMissing(IntakeTopic.NAME);
    }

    /** Publishes {@code contact} under a new event id, keyed as intake keys it; returns the event id. */
    public String send(ContactRecorded contact) {
        String eventId = UUID.randomUUID().toString();
        send(eventId, contact);
        return eventId;
    }

    /** Publishes {@code contact} under {@code eventId}, as the relay does again when it redelivers. */
    public void send(String eventId, ContactRecorded contact) {
        UUID key = contact.caseId() != null ? contact.caseId() : contact.contactId();
        send(eventId, ContactRecorded.TYPE, key.toString(), ContractJson.write(contact));
    }

    /** Publishes {@code erased} under {@code eventId}, keyed by the citizen as intake keys it. */
    public RecordMetadata send(String eventId, CitizenErased erased) {
        return send(eventId, CitizenErased.TYPE, erased.citizenId().toString(), ContractJson.write(erased));
    }
}
