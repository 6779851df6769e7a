package org.sportello.referral.known;

import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reads {@code known_desk_contact} in the caller's transaction; the table only grows. */
@Component
class JdbcKnownContacts implements KnownContacts {

    private final JdbcClient jdbc;

    JdbcKnownContacts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<KnownDeskContact> deskContact(UUID contactId) {
        return jdbc.sql("SELECT contact_id, office_id, recorded_by FROM known_desk_contact WHERE contact_id = ?")
                .param(contactId)
                .query((rs, n) -> new KnownDeskContact(rs.getObject("contact_id", UUID.class),
                        rs.getString("office_id"), rs.getString("recorded_by")))
                .optional();
    }
}
