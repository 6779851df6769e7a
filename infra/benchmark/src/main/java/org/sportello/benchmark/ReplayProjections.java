package org.sportello.benchmark;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.sportello.benchmark.ReplayData.Person;
import org.sportello.benchmark.ReplayEvents.PlainCitizenRegistered;
import org.sportello.benchmark.ReplayEvents.PlainContactDetails;
import org.sportello.benchmark.ReplayEvents.PlainContactRecorded;
import org.sportello.benchmark.ReplayEvents.SealedCitizenRegistered;
import org.sportello.benchmark.ReplayEvents.SealedContactDetails;
import org.sportello.benchmark.ReplayEvents.SealedContactRecorded;
import org.sportello.platform.personaldata.PersonalDataCipher;
import org.springframework.jdbc.core.JdbcTemplate;

import tools.jackson.databind.json.JsonMapper;

/**
 * What a read-model rebuild writes for each event: intake's {@code citizen} and {@code contact}
 * tables, in JDBC batches (without intake's foreign keys, so that the two tables' batches need no
 * order). {@link Sealed} copies the ciphertext the event holds into a {@code bytea}
 * column as {@code CitizenProjection} and {@code ContactProjection} do; {@link Plain} writes the
 * plain values as they did before sealing; {@link Opening} opens every value first, as an export
 * would, and writes what it opened.
 */
final class ReplayProjections {

    /** Rows per JDBC batch. */
    static final int BATCH = 500;

    /** Tables of the plain form, under the given names. */
    static String plainTables(String citizen, String contact) {
        return """
                CREATE TABLE %s (
                    citizen_id UUID PRIMARY KEY, fiscal_code VARCHAR(16) NOT NULL, first_name VARCHAR(100) NOT NULL,
                    last_name VARCHAR(100) NOT NULL, birth_date DATE NOT NULL, sex CHAR(1) NOT NULL,
                    municipality_of_residence VARCHAR(100) NOT NULL, phone VARCHAR(40), email VARCHAR(254),
                    registered_at TIMESTAMPTZ NOT NULL);
                CREATE TABLE %s (
                    contact_id UUID PRIMARY KEY, case_id UUID, citizen_id UUID, office_id VARCHAR(64) NOT NULL,
                    channel VARCHAR(16) NOT NULL, occurred_at TIMESTAMPTZ NOT NULL, recorded_at TIMESTAMPTZ NOT NULL,
                    operators JSONB NOT NULL, needs JSONB NOT NULL, outcomes JSONB NOT NULL, notes TEXT);
                """.formatted(citizen, contact);
    }

    /** Tables of the sealed form: intake's since its personal data is sealed. */
    static final String SEALED_TABLES = """
            CREATE TABLE citizen (
                citizen_id UUID PRIMARY KEY, personal_data BYTEA NOT NULL, registered_at TIMESTAMPTZ NOT NULL);
            CREATE TABLE contact (
                contact_id UUID PRIMARY KEY, case_id UUID, citizen_id UUID, office_id VARCHAR(64) NOT NULL,
                channel VARCHAR(16) NOT NULL, occurred_at TIMESTAMPTZ NOT NULL, recorded_at TIMESTAMPTZ NOT NULL,
                operators JSONB NOT NULL, needs JSONB NOT NULL, outcomes JSONB NOT NULL, sealed_notes BYTEA);
            """;

    /** A read model fed one event payload at a time; {@link #flush()} writes what is still batched. */
    interface Projection {

        /** The tables a rebuild empties first. */
        List<String> tables();

        void on(Object payload);

        void flush();

        /** Events it wrote rows for, so that a pass that skipped some cannot pass unnoticed. */
        long applied();

        /** Personal values it opened (decrypted). */
        long opened();
    }

    private ReplayProjections() {
    }

    /** Rows waiting for one statement, sent as a JDBC batch every {@link #BATCH}. */
    private static final class Batch {

        private final JdbcTemplate jdbc;
        private final String sql;
        private final List<Object[]> rows = new ArrayList<>(BATCH);

        Batch(JdbcTemplate jdbc, String sql) {
            this.jdbc = jdbc;
            this.sql = sql;
        }

        void add(Object... row) {
            rows.add(row);
            if (rows.size() == BATCH) {
                flush();
            }
        }

        void flush() {
            if (!rows.isEmpty()) {
                jdbc.batchUpdate(sql, rows);
                rows.clear();
            }
        }
    }

    /** OFF: the plain values, as intake wrote them before sealing. */
    static class Plain implements Projection {

        private final JsonMapper json;
        private final List<String> tables;
        private final Batch citizens;
        private final Batch contacts;
        private long applied;

        Plain(JdbcTemplate jdbc, JsonMapper json, String citizenTable, String contactTable) {
            this.json = json;
            this.tables = List.of(citizenTable, contactTable);
            this.citizens = new Batch(jdbc, "INSERT INTO " + citizenTable + " (citizen_id, fiscal_code, first_name, "
                    + "last_name, birth_date, sex, municipality_of_residence, phone, email, registered_at) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
            this.contacts = new Batch(jdbc, "INSERT INTO " + contactTable + " (contact_id, case_id, citizen_id, "
                    + "office_id, channel, occurred_at, recorded_at, operators, needs, outcomes, notes) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?::jsonb, ?::jsonb, ?)");
        }

        @Override
        public List<String> tables() {
            return tables;
        }

        @Override
        public void on(Object payload) {
            if (payload instanceof PlainCitizenRegistered registered) {
                citizen(registered.citizenId(), registered.personalData(), registered.registeredAt());
            } else if (payload instanceof PlainContactRecorded recorded) {
                PlainContactDetails details = recorded.details();
                contact(recorded.contactId(), recorded.caseId(), recorded.citizenId(), details.officeId(),
                        details.channel(), details.occurredAt(), recorded.recordedAt(), details.operators(),
                        details.needs(), details.outcomes(), details.notes());
            }
        }

        final void citizen(UUID citizenId, Person person, Instant registeredAt) {
            citizens.add(citizenId, person.fiscalCode(), person.firstName(), person.lastName(),
                    Date.valueOf(person.birthDate()), person.sex(), person.municipalityOfResidence(), person.phone(),
                    person.email(), Timestamp.from(registeredAt));
            applied++;
        }

        final void contact(UUID contactId, UUID caseId, UUID citizenId, String officeId, String channel,
                           Instant occurredAt, Instant recordedAt, Object operators, Object needs, Object outcomes,
                           String notes) {
            contacts.add(contactId, caseId, citizenId, officeId, channel, Timestamp.from(occurredAt),
                    Timestamp.from(recordedAt), json.writeValueAsString(operators), json.writeValueAsString(needs),
                    json.writeValueAsString(outcomes), notes);
            applied++;
        }

        @Override
        public void flush() {
            citizens.flush();
            contacts.flush();
        }

        @Override
        public long applied() {
            return applied;
        }

        @Override
        public long opened() {
            return 0;
        }
    }

    /** ON: the ciphertext the event holds, copied without opening it (seal() gives back what was read). */
    static final class Sealed implements Projection {

        private final JsonMapper json;
        private final PersonalDataCipher cipher;
        private final Batch citizens;
        private final Batch contacts;
        private long applied;

        Sealed(JdbcTemplate jdbc, JsonMapper json, PersonalDataCipher cipher) {
            this.json = json;
            this.cipher = cipher;
            this.citizens = new Batch(jdbc, "INSERT INTO citizen (citizen_id, personal_data, registered_at) VALUES (?, ?, ?)");
            this.contacts = new Batch(jdbc, "INSERT INTO contact (contact_id, case_id, citizen_id, office_id, channel, "
                    + "occurred_at, recorded_at, operators, needs, outcomes, sealed_notes) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?::jsonb, ?::jsonb, ?)");
        }

        @Override
        public List<String> tables() {
            return List.of("citizen", "contact");
        }

        @Override
        public void on(Object payload) {
            if (payload instanceof SealedCitizenRegistered registered) {
                citizens.add(registered.citizenId(), cipher.seal(registered.personalData()),
                        Timestamp.from(registered.registeredAt()));
                applied++;
            } else if (payload instanceof SealedContactRecorded recorded) {
                SealedContactDetails details = recorded.details();
                contacts.add(recorded.contactId(), recorded.caseId(), recorded.citizenId(), details.officeId(),
                        details.channel(), Timestamp.from(details.occurredAt()), Timestamp.from(recorded.recordedAt()),
                        json.writeValueAsString(details.operators()), json.writeValueAsString(details.needs()),
                        json.writeValueAsString(details.outcomes()),
                        details.notes() == null ? null : cipher.seal(details.notes()));
                applied++;
            }
        }

        @Override
        public void flush() {
            citizens.flush();
            contacts.flush();
        }

        @Override
        public long applied() {
            return applied;
        }

        @Override
        public long opened() {
            return 0;
        }
    }

    /** ON-decrypting: every value opened ({@code value()}), then written in plain as OFF writes it. */
    static final class Opening extends Plain {

        private long opened;

        Opening(JdbcTemplate jdbc, JsonMapper json, String citizenTable, String contactTable) {
            super(jdbc, json, citizenTable, contactTable);
        }

        @Override
        public void on(Object payload) {
            if (payload instanceof SealedCitizenRegistered registered) {
                citizen(registered.citizenId(), registered.personalData().value(), registered.registeredAt());
                opened++;
            } else if (payload instanceof SealedContactRecorded recorded) {
                SealedContactDetails details = recorded.details();
                String notes = details.notes() == null ? null : details.notes().value();
                opened += notes == null ? 0 : 1;
                contact(recorded.contactId(), recorded.caseId(), recorded.citizenId(), details.officeId(),
                        details.channel(), details.occurredAt(), recorded.recordedAt(), details.operators(),
                        details.needs(), details.outcomes(), notes);
            }
        }

        @Override
        public long opened() {
            return opened;
        }
    }
}
