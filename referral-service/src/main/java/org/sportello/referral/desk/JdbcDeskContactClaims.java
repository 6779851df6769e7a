package org.sportello.referral.desk;

import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

@Component
class JdbcDeskContactClaims implements DeskContactClaims {

    private final JdbcClient jdbc;

    JdbcDeskContactClaims(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean claim(UUID contactId, DeskReferralId deskReferralId) {
        // A second insert of the same key waits for the first transaction, then inserts nothing.
        return jdbc.sql("INSERT INTO desk_contact_claim (contact_id, desk_referral_id) VALUES (?, ?) "
                        + "ON CONFLICT (contact_id) DO NOTHING")
                .params(contactId, deskReferralId.value())
                .update() == 1;
    }
}
