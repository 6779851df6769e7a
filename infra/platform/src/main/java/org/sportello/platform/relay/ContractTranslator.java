package org.sportello.platform.relay;

import java.util.Optional;

import org.sportello.platform.caller.Caller;

/**
 * A service's mapping from its internal events (which may hold personal data and notes) to the
 * contract events it publishes. Returning empty keeps an event inside the service; throwing marks
 * the event as one that can never be published: the relay dead-letters it, with the later events
 * of its aggregate behind it, until an administrator retries it (see {@link KafkaRelay}).
 */
@FunctionalInterface
public interface ContractTranslator {

    /**
     * @param internalEvent the stored event's payload
     * @param recordedBy    who caused it, from the event's metadata; null when it names no one
     */
    Optional<Object> translate(Object internalEvent, Caller recordedBy);

    /**
     * The Kafka key and {@code ce_subject} of {@code contract}: by default the key of the stored event
     * (its aggregate's identifier), so one aggregate's events keep their order. A service whose event
     * streams are prefixed (aggregates of several kinds whose ids may coincide share one event store)
     * answers the id the contract is documented to be keyed by. Every event of one aggregate must
     * still get one and the same key.
     *
     * @param storedKey the key the relay would use otherwise: the aggregate's identifier
     */
    default String keyOf(Object contract, String storedKey) {
        return storedKey;
    }
}
