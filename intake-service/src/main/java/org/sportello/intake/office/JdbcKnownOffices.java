package org.sportello.intake.office;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads {@code known_office} in the command's transaction.
 *
 * <p>A read model fed from Kafka deciding a command is what STYLE.md 11 warns against, and it is
 * acceptable here only because of what an office is: scheduling creates offices and never deletes
 * one, so the table only ever grows, and the one way it can be wrong is "created a moment ago,
 * its event not here yet". That refusal is a 422 that the same request, repeated once the event
 * has arrived (seconds), turns into a contact; nothing accepted here can become wrong later. An
 * invariant that spans intake's own aggregates (one open case, one fiscal code) is still a claim.
 */
@Component
class JdbcKnownOffices implements KnownOffices {

    private final JdbcClient jdbc;

    JdbcKnownOffices(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public OfficeKind requireKnown(OfficeId officeId) {
        // An office's kind is fixed when scheduling creates it (OfficeCreated is its only event
        // here), so reading it from this table is as safe as reading the office's existence.
        return jdbc.sql("SELECT kind FROM known_office WHERE office_id = ?")
                .param(officeId.value())
                .query(String.class)
                .optional()
                .map(OfficeKind::of)
                .orElseThrow(() -> new UnknownOffice(officeId));
    }
}
