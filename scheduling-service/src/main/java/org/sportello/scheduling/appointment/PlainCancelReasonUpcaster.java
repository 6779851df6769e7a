package org.sportello.scheduling.appointment;

import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;
import org.springframework.stereotype.Component;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads cancellations stored before their reason was sealed (revision 1, plain text): they become
 * revision 2 with the reason in the plain form that the platform's personal-data reader accepts,
 * {@code {"subject": <appointment id>, "value": ...}}. Such an event still holds its reason in plain
 * text in the event store: shredding the appointment's key hides it from reads, not from the store.
 */
@Component
class PlainCancelReasonUpcaster extends SingleEventUpcaster {

    private static final SimpleSerializedType CANCELLED_1 =
            new SimpleSerializedType(AppointmentCancelled.class.getName(), "1");

    @Override
    protected boolean canUpcast(IntermediateEventRepresentation event) {
        return event.getType().equals(CANCELLED_1);
    }

    @Override
    protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation event) {
        return event.upcastPayload(new SimpleSerializedType(AppointmentCancelled.class.getName(),
                AppointmentCancelled.REVISION), ObjectNode.class, payload -> {
            JsonNode reason = payload.get("reason");
            JsonNode appointment = payload.get("appointmentId");
            JsonNode subject = appointment != null && appointment.isObject() ? appointment.get("value") : appointment;
            if (reason != null && !reason.isNull() && subject != null) {
                ObjectNode wrapped = payload.objectNode();
                wrapped.set("subject", subject);
                wrapped.set("value", reason);
                payload.set("reason", wrapped);
            }
            return payload;
        });
    }
}
