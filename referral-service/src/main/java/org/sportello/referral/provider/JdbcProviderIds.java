package org.sportello.referral.provider;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

@Component
class JdbcProviderIds implements ProviderIds {

    private final JdbcClient jdbc;

    JdbcProviderIds(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean claim(ProviderId providerId) {
        // A second insert of the same key waits for the first transaction, then inserts nothing.
        return jdbc.sql("INSERT INTO provider_id_claim (provider_id) VALUES (?) ON CONFLICT (provider_id) DO NOTHING")
                .param(providerId.value())
                .update() == 1;
    }
}
