package org.sportello.intake;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sportello.intake.citizen.CitizenId;
import org.sportello.intake.citizen.FiscalCode;
import org.sportello.intake.citizen.FiscalCodeRegistry;
import org.sportello.intake.citizen.PersonalData;
import org.sportello.intake.citizen.Sex;
import org.sportello.platform.personaldata.KeyedHashes;
import org.sportello.platform.personaldata.Personal;
import org.sportello.platform.personaldata.PersonalDataCipher;
import org.sportello.platform.personaldata.SubjectId;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Seals, at start-up, the read-table rows and claims written in plain text before personal data
 * was encrypted (migration V20261202_1300 left their plain columns in place, since sealing needs the
 * master key). A batch per transaction; once nothing is left, each start costs three empty queries.
 */
@Component
class PlainPersonalDataSealing implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(PlainPersonalDataSealing.class);
    private static final int BATCH = 500;

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final PersonalDataCipher cipher;
    private final KeyedHashes hashes;

    PlainPersonalDataSealing(JdbcClient jdbc, TransactionTemplate transactions, PersonalDataCipher cipher,
                             KeyedHashes hashes) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.cipher = cipher;
        this.hashes = hashes;
    }

    @Override
    public void run(ApplicationArguments arguments) {
        int citizens = repeat(this::sealCitizens);
        int notes = repeat(this::sealNotes);
        int claims = repeat(this::hashClaims);
        if (citizens + notes + claims > 0) {
            log.info("Sealed personal data stored in plain text: {} citizens, {} contacts' notes, {} fiscal-code claims",
                    citizens, notes, claims);
        }
    }

    private int repeat(java.util.function.IntSupplier batch) {
        int total = 0;
        int done;
        do {
            done = transactions.execute(status -> batch.getAsInt());
            total += done;
        } while (done > 0);
        return total;
    }

    private int sealCitizens() {
        record Plain(UUID citizenId, PersonalData person) {
        }
        List<Plain> rows = jdbc.sql("SELECT * FROM citizen WHERE personal_data IS NULL LIMIT " + BATCH + " FOR UPDATE")
                .query((rs, n) -> new Plain(rs.getObject("citizen_id", UUID.class), new PersonalData(
                        new FiscalCode(rs.getString("fiscal_code")), rs.getString("first_name"), rs.getString("last_name"),
                        rs.getObject("birth_date", LocalDate.class), Sex.valueOf(rs.getString("sex")),
                        rs.getString("municipality_of_residence"), rs.getString("phone"), rs.getString("email"))))
                .list();
        for (Plain row : rows) {
            byte[] sealed = cipher.seal(Personal.of(new CitizenId(row.citizenId()).subject(), row.person()));
            jdbc.sql("""
                    UPDATE citizen SET personal_data = ?, fiscal_code = NULL, first_name = NULL, last_name = NULL,
                           birth_date = NULL, sex = NULL, municipality_of_residence = NULL, phone = NULL, email = NULL
                     WHERE citizen_id = ?""")
                    .params(sealed, row.citizenId())
                    .update();
        }
        return rows.size();
    }

    private int sealNotes() {
        record Plain(UUID contactId, UUID citizenId, String notes) {
        }
        List<Plain> rows = jdbc.sql("SELECT contact_id, citizen_id, notes FROM contact WHERE notes IS NOT NULL LIMIT "
                        + BATCH + " FOR UPDATE")
                .query((rs, n) -> new Plain(rs.getObject("contact_id", UUID.class), rs.getObject("citizen_id", UUID.class),
                        rs.getString("notes")))
                .list();
        for (Plain row : rows) {
            SubjectId subject = SubjectId.of(row.citizenId() == null ? row.contactId() : row.citizenId());
            jdbc.sql("UPDATE contact SET sealed_notes = ?, notes = NULL WHERE contact_id = ?")
                    .params(cipher.seal(Personal.of(subject, row.notes())), row.contactId())
                    .update();
        }
        return rows.size();
    }

    private int hashClaims() {
        record Plain(UUID citizenId, String fiscalCode) {
        }
        List<Plain> rows = jdbc.sql("SELECT citizen_id, fiscal_code FROM fiscal_code_claim WHERE fiscal_code_hash IS NULL "
                        + "LIMIT " + BATCH + " FOR UPDATE")
                .query((rs, n) -> new Plain(rs.getObject("citizen_id", UUID.class), rs.getString("fiscal_code")))
                .list();
        for (Plain row : rows) {
            jdbc.sql("UPDATE fiscal_code_claim SET fiscal_code_hash = ?, fiscal_code = NULL WHERE citizen_id = ?")
                    .params(hashes.forPurpose(FiscalCodeRegistry.HASH_PURPOSE).of(row.fiscalCode()), row.citizenId())
                    .update();
        }
        return rows.size();
    }
}
