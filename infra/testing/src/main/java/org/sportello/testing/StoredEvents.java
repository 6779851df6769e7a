package org.sportello.testing;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Counts what an Axon service's event store holds ({@code domain_event_entry}, the platform's
 * table): a refused command must leave every count unchanged, an accepted one add its events.
 */
public final class StoredEvents {

    private final JdbcClient jdbc;

    public StoredEvents(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** All events in the store. */
    public long count() {
        return jdbc.sql("SELECT count(*) FROM domain_event_entry").query(Long.class).single();
    }

    /** Events of this payload type (Axon stores them under the class name). */
    public long count(Class<?> payloadType) {
        return jdbc.sql("SELECT count(*) FROM domain_event_entry WHERE payload_type = ?")
                .param(payloadType.getName())
                .query(Long.class)
                .single();
    }

    /** Events of this payload type in one aggregate's stream. */
    public long count(Class<?> payloadType, Object aggregateId) {
        return jdbc.sql("SELECT count(*) FROM domain_event_entry WHERE payload_type = ? AND aggregate_identifier = ?")
                .params(payloadType.getName(), aggregateId.toString())
                .query(Long.class)
                .single();
    }
}
