package org.sportello.intake.casefile;

import java.util.Optional;
import java.util.UUID;

import org.sportello.intake.citizen.CitizenId;
import org.sportello.intake.citizen.CitizenNotFound;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

@Component
class JdbcOpenCases implements OpenCases {

    private final JdbcClient jdbc;

    JdbcOpenCases(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<CaseId> lockOpenCaseOf(CitizenId citizenId) {
        // FOR UPDATE: a second contact of the same citizen waits here until the first commits,
        // then sees the case the first one opened.
        var row = jdbc.sql("SELECT open_case_id FROM citizen WHERE citizen_id = ? FOR UPDATE")
                .param(citizenId.value())
                .query((rs, n) -> Optional.ofNullable(rs.getObject(1, UUID.class)))
                .optional()
                .orElseThrow(() -> new CitizenNotFound(citizenId));
        return row.map(CaseId::new);
    }
}
