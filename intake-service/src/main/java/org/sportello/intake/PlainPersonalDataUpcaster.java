package org.sportello.intake;

import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;
import org.sportello.intake.citizen.CitizenRegistered;
import org.sportello.intake.contact.ContactRecorded;
import org.springframework.stereotype.Component;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads the events stored before personal data was sealed (revision 1): their personal data and
 * notes were plain JSON. They become revision 2 in the plain form that the platform's personal-data
 * reader accepts, {@code {"subject": ..., "value": ...}}, with the citizen (for an anonymous
 * contact, the contact) as subject. Such an event still holds its data in plain text in the event
 * store: shredding the citizen's key does not erase it (README, Personal data, "Stores from before").
 */
@Component
public class PlainPersonalDataUpcaster extends SingleEventUpcaster {

    private static final SimpleSerializedType CITIZEN_REGISTERED_1 =
            new SimpleSerializedType(CitizenRegistered.class.getName(), "1");
    private static final SimpleSerializedType CONTACT_RECORDED_1 =
            new SimpleSerializedType(ContactRecorded.class.getName(), "1");

    @Override
    protected boolean canUpcast(IntermediateEventRepresentation event) {
        return event.getType().equals(CITIZEN_REGISTERED_1) || event.getType().equals(CONTACT_RECORDED_1);
    }

    @Override
    protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation event) {
        if (event.getType().equals(CITIZEN_REGISTERED_1)) {
            return event.upcastPayload(new SimpleSerializedType(CitizenRegistered.class.getName(),
                    CitizenRegistered.REVISION), ObjectNode.class, payload -> {
                wrap(payload, "personalData", id(payload.get("citizenId")));
                return payload;
            });
        }
        return event.upcastPayload(new SimpleSerializedType(ContactRecorded.class.getName(), ContactRecorded.REVISION),
                ObjectNode.class, payload -> {
                    JsonNode citizen = id(payload.get("citizenId"));
                    JsonNode details = payload.get("details");
                    if (details instanceof ObjectNode fields) {
                        wrap(fields, "notes", citizen == null ? id(payload.get("contactId")) : citizen);
                    }
                    return payload;
                });
    }

    /** Replaces {@code field} by {@code {"subject": subject, "value": <the field as it was>}}. */
    private static void wrap(ObjectNode holder, String field, JsonNode subject) {
        JsonNode plain = holder.get(field);
        if (plain == null || plain.isNull() || subject == null) {
            return;
        }
        ObjectNode wrapped = holder.objectNode();
        wrapped.set("subject", subject);
        wrapped.set("value", plain);
        holder.set(field, wrapped);
    }

    /** An id as stored: a record's {@code {"value": "<uuid>"}}, or the bare string. */
    private static JsonNode id(JsonNode stored) {
        if (stored == null || stored.isNull()) {
            return null;
        }
        return stored.isObject() ? stored.get("value") : stored;
    }
}
