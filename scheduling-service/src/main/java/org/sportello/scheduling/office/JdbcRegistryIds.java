package org.sportello.scheduling.office;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

@Component
class JdbcRegistryIds implements RegistryIds {

    private final JdbcClient jdbc;

    JdbcRegistryIds(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean claim(Kind kind, String id) {
        // A second insert of the same key waits for the first transaction, then inserts nothing.
        return jdbc.sql("INSERT INTO registry_id (kind, id) VALUES (?, ?) ON CONFLICT (kind, id) DO NOTHING")
                .params(kind.name(), id)
                .update() == 1;
    }

    @Override
    public boolean isClaimed(Kind kind, String id) {
        return jdbc.sql("SELECT count(*) FROM registry_id WHERE kind = ? AND id = ?")
                .params(kind.name(), id)
                .query(Long.class)
                .single() > 0;
    }
}
