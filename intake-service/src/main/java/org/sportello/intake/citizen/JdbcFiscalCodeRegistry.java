package org.sportello.intake.citizen;

import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The claim is a row under a unique key, written in the command's transaction: two concurrent
 * registrations of one code serialise on that key, and the loser sees the winner's citizenId.
 */
@Component
class JdbcFiscalCodeRegistry implements FiscalCodeRegistry {

    private final JdbcClient jdbc;

    JdbcFiscalCodeRegistry(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<CitizenId> claim(FiscalCode fiscalCode, CitizenId citizenId) {
        int claimed = jdbc.sql("INSERT INTO fiscal_code_claim (fiscal_code, citizen_id) VALUES (?, ?) "
                        + "ON CONFLICT (fiscal_code) DO NOTHING")
                .params(fiscalCode.value(), citizenId.value())
                .update();
        if (claimed == 1) {
            return Optional.empty();
        }
        return jdbc.sql("SELECT citizen_id FROM fiscal_code_claim WHERE fiscal_code = ?")
                .param(fiscalCode.value())
                .query(UUID.class)
                .optional()
                .map(CitizenId::new);
    }

    @Override
    public void release(CitizenId citizenId) {
        jdbc.sql("DELETE FROM fiscal_code_claim WHERE citizen_id = ?").param(citizenId.value()).update();
    }
}
