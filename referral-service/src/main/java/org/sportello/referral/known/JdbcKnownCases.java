package org.sportello.referral.known;

import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads {@code known_case} in the caller's transaction. A case only ever moves from unknown to open
 * to closed, so a command that reads it open a moment before intake's {@code CaseClosed} arrives sees
 * what was true when it was sent, as the office did.
 */
@Component
class JdbcKnownCases implements KnownCases {

    private final JdbcClient jdbc;

    JdbcKnownCases(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<KnownCase> find(UUID caseId) {
        return jdbc.sql("SELECT case_id, citizen_id, office_id, closed_at FROM known_case WHERE case_id = ?")
                .param(caseId)
                .query((rs, n) -> new KnownCase(rs.getObject("case_id", UUID.class),
                        rs.getObject("citizen_id", UUID.class), rs.getString("office_id"),
                        rs.getTimestamp("closed_at") != null))
                .optional();
    }
}
