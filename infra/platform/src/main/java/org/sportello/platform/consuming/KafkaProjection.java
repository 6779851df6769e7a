package org.sportello.platform.consuming;

import java.util.List;
import java.util.Set;

/**
 * A read model built from one topic's events: what a service writes to have one. Declare it as a
 * bean and the platform ({@link ConsumingAutoConfiguration}) does the rest: a batch consumer in
 * the projection's own group, the CloudEvents envelope read and checked, each value checked
 * against its contract's JSON schema, idempotency by {@code ce_id}, one transaction per batch,
 * dead letters for what cannot be used, metrics, and a {@link org.sportello.platform.readmodel.ReadModel}
 * under {@link #name()} that administrators can rebuild.
 *
 * <p>The projection itself only says which events it wants, how it reads one, and how it applies
 * a batch of them to its tables.
 *
 * @param <T> what the projection keeps of an event
 */
public interface KafkaProjection<T> {

    /**
     * The public name, e.g. {@code monthly-users}: the read model's name, the {@code projection}
     * tag of its metrics and its rows in {@code processed_event} (at most
     * {@value ProcessedEvents#MAX_PROJECTION_NAME_LENGTH} characters). Written once, never derived:
     * renaming it would make every event look new.
     */
    String name();

    /** The topic it consumes, {@code sportello.<service>.events}. */
    String topic();

    /**
     * Its consumer group: its own, so that it keeps its own offsets and can be replayed or rebuilt
     * without touching any other projection.
     */
    String groupId();

    /** Consumer threads in this instance; never more than the topic has partitions. */
    default int concurrency() {
        return 1;
    }

    /**
     * The {@code ce_type}s it applies, each a type the topic's contracts publish. Records of the
     * topic's other published types are passed over; records of a type the contracts do not
     * publish are dead letters.
     */
    Set<String> types();

    /**
     * Reads an event of one of {@link #types()} from its value, which already conforms to the
     * contract's JSON schema. Throws {@link UnusableEvent} for a value it cannot use; any exception
     * here makes the record a dead letter, since reading depends on nothing but the record.
     */
    T read(String type, byte[] value);

    /**
     * Applies a batch of events that this projection sees for the first time, in order, inside the
     * batch's database transaction (their ids were claimed in it). A failure here rolls the batch
     * back and it is retried until it commits: it is taken for the database being unavailable.
     * Except Spring's {@code DataIntegrityViolationException}, the database refusing a value (a
     * constraint, a value too long): the batch is then applied one event at a time, and the events
     * refused on their own become dead letters.
     */
    void apply(List<Delivered<T>> events);

    /**
     * The tables of the read model, emptied when it is rebuilt. Only tables this projection alone
     * writes: a rebuild replays only its own events into them.
     */
    List<String> tables();
}
