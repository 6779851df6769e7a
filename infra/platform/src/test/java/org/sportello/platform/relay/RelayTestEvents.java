package org.sportello.platform.relay;

import java.time.Instant;
import java.util.Optional;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.messaging.MetaData;
import org.sportello.platform.caller.Caller;

/** Stored events and contracts for the relay's unit tests. */
final class RelayTestEvents {

    static final String TOPIC = "sportello.test.events";
    static final String SOURCE = "/sportello/test";
    static final Instant RECORDED_AT = Instant.parse("2026-03-14T09:26:53.589793Z");

    /** An internal event, with a note that must stay inside the service. */
    record NoteTaken(String caseId, String note) {
    }

    /** Its published contract. */
    public record NoteTakenV1(String caseId, String recordedBy) {
        public static final String TYPE = "sportello.test.NoteTaken.v1";
    }

    static final ContractTranslator TRANSLATOR = (event, caller) -> event instanceof NoteTaken note
            ? Optional.of(new NoteTakenV1(note.caseId(), caller == null ? null : caller.id()))
            : Optional.empty();

    private RelayTestEvents() {
    }

    static DomainEventMessage<NoteTaken> stored(String eventId, String caseId, String note) {
        return new GenericDomainEventMessage<>("Case", caseId, 0, new NoteTaken(caseId, note),
                MetaData.from(new Caller("op-0173", "OPERATOR").asMetaData()), eventId, RECORDED_AT);
    }
}
