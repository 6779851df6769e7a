package org.sportello.intake.casefile;

import java.util.UUID;

import org.sportello.intake.citizen.CitizenId;
import org.sportello.intake.citizen.CitizenNotFound;
import org.sportello.platform.personaldata.DataKeys;
import org.sportello.platform.personaldata.PersonalDataErased;
import org.sportello.platform.personaldata.SubjectId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The claims are rows of {@code open_case_claim} under the citizen's id: concurrent contacts of one
 * citizen serialise on that key, and a close waits on the same row, found by its case id.
 */
@Component
class JdbcOpenCases implements OpenCases {

    private final JdbcClient jdbc;
    private final DataKeys keys;

    JdbcOpenCases(JdbcClient jdbc, DataKeys keys) {
        this.jdbc = jdbc;
        this.keys = keys;
    }

    @Override
    public CaseId claim(CitizenId citizenId, CaseId caseIdIfNew) {
        // The fiscal code's claim is the command side's record of who is registered; the citizen
        // table is a projection, which commands must not depend on.
        boolean registered = jdbc.sql("SELECT 1 FROM fiscal_code_claim WHERE citizen_id = ?")
                .param(citizenId.value())
                .query()
                .optionalValue()
                .isPresent();
        if (!registered) {
            // An erasure releases the claim; the tombstone of the citizen's key tells them from someone never registered.
            SubjectId subject = citizenId.subject();
            if (keys.isShredded(subject)) {
                throw new PersonalDataErased(subject);
            }
            throw new CitizenNotFound(citizenId);
        }
        // One statement, so no gap between "there is none" and "insert mine": either the row is new
        // (and locked as ours until commit), or the existing one is locked by the no-op update and
        // its case returned. A claim deleted by a concurrent close makes PostgreSQL retry the insert.
        UUID open = jdbc.sql("""
                        INSERT INTO open_case_claim (citizen_id, case_id) VALUES (?, ?)
                        ON CONFLICT (citizen_id) DO UPDATE SET case_id = open_case_claim.case_id
                        RETURNING case_id""")
                .params(citizenId.value(), caseIdIfNew.value())
                .query(UUID.class)
                .single();
        return new CaseId(open);
    }

    @Override
    public void lockClaimOf(CaseId caseId) {
        jdbc.sql("SELECT citizen_id FROM open_case_claim WHERE case_id = ? FOR UPDATE")
                .param(caseId.value())
                .query(UUID.class)
                .list();
    }

    @Override
    public void release(CaseId caseId) {
        jdbc.sql("DELETE FROM open_case_claim WHERE case_id = ?").param(caseId.value()).update();
    }
}
