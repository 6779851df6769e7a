package org.sportello.intake.citizen;

import java.util.Optional;
import java.util.UUID;

import org.sportello.platform.personaldata.KeyedHash;
import org.sportello.platform.personaldata.KeyedHashes;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The claim is a row under a unique key, written in the command's transaction: two concurrent
 * registrations of one code serialise on that key, and the loser sees the winner's citizenId.
 * The key is a keyed hash of the code, never the code: the table finds a person by their code
 * without holding it, and no one without the service's key can test a code against it.
 */
@Component
class JdbcFiscalCodeRegistry implements FiscalCodeRegistry {

    private final JdbcClient jdbc;
    private final KeyedHashes hashes;

    JdbcFiscalCodeRegistry(JdbcClient jdbc, KeyedHashes hashes) {
        this.jdbc = jdbc;
        this.hashes = hashes;
    }

    @Override
    public Optional<CitizenId> claim(FiscalCode fiscalCode, CitizenId citizenId) {
        byte[] hash = hash().of(fiscalCode.value());
        int claimed = jdbc.sql("INSERT INTO fiscal_code_claim (fiscal_code_hash, citizen_id) VALUES (?, ?) "
                        + "ON CONFLICT (fiscal_code_hash) DO NOTHING")
                .params(hash, citizenId.value())
                .update();
        if (claimed == 1) {
            return Optional.empty();
        }
        return jdbc.sql("SELECT citizen_id FROM fiscal_code_claim WHERE fiscal_code_hash = ?")
                .param(hash)
                .query(UUID.class)
                .optional()
                .map(CitizenId::new);
    }

    private KeyedHash hash() {
        return hashes.forPurpose(HASH_PURPOSE);
    }

    @Override
    public void release(CitizenId citizenId) {
        jdbc.sql("DELETE FROM fiscal_code_claim WHERE citizen_id = ?").param(citizenId.value()).update();
    }
}
