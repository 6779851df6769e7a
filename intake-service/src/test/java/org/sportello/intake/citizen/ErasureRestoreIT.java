package org.sportello.intake.citizen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.sportello.intake.IntakeRequests.contactOf;
import static org.sportello.intake.citizen.CitizenFixture.aNewPerson;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sportello.intake.IntakeOnItsOwn;
import org.sportello.intake.IntakeApi;
import org.sportello.intake.IntakeApi.Response;
import org.sportello.intake.citizen.CitizenFixture.Person;
import org.sportello.testing.ProblemAssertions;
import org.sportello.testing.StoredEvents;
import org.sportello.testing.TestInfrastructure;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The database is restored from a backup taken before an erasure: the erased citizen's key is
 * back, and with it their data. An administrator re-applies the erasure log, and the data is
 * unreadable again, with the erasure recorded as it was first made.
 *
 * <p>Intake runs here on a database of its own, stopped for the restore and started again on
 * the restored database, as an operator would do it; its erasure log is a topic of its own, so
 * that it holds this test's erasures only.
 */
class ErasureRestoreIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String ERASURE = "{\"ground\": \"CONSENT_WITHDRAWN\", \"reference\": \"Prot. 2025/00417\"}";
    private static final Duration ARRIVAL = Duration.ofSeconds(60);

    @TempDir
    Path backups;

    @Test
    void erasuresMadeAfterTheBackupAreReappliedToTheRestoredDatabase() {
        String logTopic = "sportello.intake.erasures.restore-" + UUID.randomUUID();
        Map<String, Object> settings = IntakeOnItsOwn.settings("intake_restore");
        settings.put("sportello.erasure-log.topic", logTopic);
        DatabaseBackup database = new DatabaseBackup((String) settings.get("spring.datasource.url"));
        Path backup = backups.resolve("intake.dump");
        Person erased = aNewPerson();
        UUID erasedId;
        UUID keptId;
        JsonNode logged;
        try (IntakeOnItsOwn intake = IntakeOnItsOwn.start(settings);
             ErasureLogTopic log = new ErasureLogTopic(TestInfrastructure.kafkaBootstrapServers(), logTopic)) {
            IntakeApi api = intake.api();
            erasedId = api.register(erased);
            keptId = api.register(aNewPerson());
            api.recordContact(contactOf(erasedId));
            database.dump(backup);

            Response erasure = api.postJson(erasurePath(erasedId), ERASURE, IntakeApi.ADMIN);

            assertThat(erasure.status()).as(erasure.body()).isEqualTo(204);
            // Kafka has it before the database is lost.
            logged = log.await(erasedId, ARRIVAL);
        }
        database.restore(backup);

        try (IntakeOnItsOwn intake = IntakeOnItsOwn.start(settings)) {
            IntakeApi api = intake.api();
            JdbcClient jdbc = intake.jdbc();
            // The restored database knows nothing of the erasure: the key and the claim are back.
            assertThat(shredded(jdbc, erasedId)).isFalse();
            assertThat(new StoredEvents(jdbc).count(CitizenErased.class, erasedId)).isZero();
            assertThat(api.post("/api/citizens", erased.registrationRequest()).status()).isEqualTo(409);
            JsonNode restored = api.get("/api/citizens/" + erasedId).json();
            assertThat(restored.path("erased").asBoolean()).isFalse();
            assertThat(restored.path("lastName").asString()).isEqualTo(erased.lastName());

            Response reapplied = api.postJson("/api/admin/erasures/reapply", "", IntakeApi.ADMIN);

            assertThat(reapplied.status()).as(reapplied.body()).isEqualTo(200);
            assertThat(reapplied.json().path("logged").asInt()).isOne();
            assertThat(reapplied.json().path("reapplied").asInt()).isOne();
            assertThat(reapplied.json().path("subjects")).extracting(JsonNode::asString)
                    .containsExactly(erasedId.toString());
            assertThat(reapplied.json().path("unreadable").asInt()).isZero();
            assertThat(shredded(jdbc, erasedId)).isTrue();
            assertThat(shredded(jdbc, keptId)).isFalse();
            assertErasedAsLogged(jdbc, api, erasedId, logged);
            Response citizen = api.get("/api/citizens/" + erasedId);
            assertThat(citizen.status()).as(citizen.body()).isEqualTo(200);
            assertThat(citizen.json().path("erased").asBoolean()).isTrue();
            assertThat(citizen.body()).doesNotContain(erased.firstName(), erased.lastName(), erased.fiscalCode());
            ProblemAssertions.assertProblem(api.post("/api/contacts", contactOf(erasedId)), 409, "personal-data-erased");
            assertThat(api.register(erased)).isNotEqualTo(erasedId);

            Response again = api.postJson("/api/admin/erasures/reapply", "", IntakeApi.ADMIN);

            assertThat(again.status()).as(again.body()).isEqualTo(200);
            assertThat(again.json().path("logged").asInt()).isOne();
            assertThat(again.json().path("reapplied").asInt()).isZero();
            assertThat(again.json().path("subjects")).isEmpty();
            assertThat(new StoredEvents(jdbc).count(CitizenErased.class, erasedId)).isOne();
        }
    }

    @Test
    void reapplyingAnEmptyLogChangesNothing() {
        Map<String, Object> settings = IntakeOnItsOwn.settings("intake_restore_empty");
        settings.put("sportello.erasure-log.topic", "sportello.intake.erasures.empty-" + UUID.randomUUID());
        try (IntakeOnItsOwn intake = IntakeOnItsOwn.start(settings)) {
            IntakeApi api = intake.api();
            UUID citizenId = api.register(aNewPerson());

            Response reapplied = api.postJson("/api/admin/erasures/reapply", "", IntakeApi.ADMIN);

            assertThat(reapplied.status()).as(reapplied.body()).isEqualTo(200);
            assertThat(reapplied.json().path("logged").asInt()).isZero();
            assertThat(reapplied.json().path("reapplied").asInt()).isZero();
            assertThat(shredded(intake.jdbc(), citizenId)).isFalse();
            ProblemAssertions.assertProblem(api.postJson("/api/admin/erasures/reapply", "", IntakeApi.OPERATOR),
                    403, "forbidden");
        }
    }

    /** Recorded again with the ground, reference, eraser and time of the erasure the log kept. */
    private static void assertErasedAsLogged(JdbcClient jdbc, IntakeApi api, UUID citizenId, JsonNode logged) {
        JsonNode event = JSON.readTree(jdbc.sql("SELECT payload FROM domain_event_entry WHERE aggregate_identifier = ?"
                        + " AND payload_type = ?")
                .params(citizenId.toString(), CitizenErased.class.getName()).query(byte[].class).single());
        for (String field : new String[] {"ground", "reference", "erasedBy", "erasedAt"}) {
            assertThat(event.path(field).asString()).as(field).isEqualTo(logged.path(field).asString());
        }
        assertThat(logged.path("reference").asString()).isEqualTo("Prot. 2025/00417");
        Response register = api.get("/api/admin/erasures", IntakeApi.ADMIN);
        assertThat(register.json()).singleElement().satisfies(entry -> {
            assertThat(entry.path("citizenId").asString()).isEqualTo(citizenId.toString());
            // The register keeps the instant as PostgreSQL does, rounded to microseconds.
            assertThat(Instant.parse(entry.path("erasedAt").asString()))
                    .isCloseTo(Instant.parse(logged.path("erasedAt").asString()), within(1, ChronoUnit.MICROS));
        });
    }

    private static boolean shredded(JdbcClient jdbc, UUID subject) {
        return jdbc.sql("SELECT wrapped_key IS NULL FROM data_key WHERE subject_id = ?").param(subject)
                .query(Boolean.class).optional().orElse(false);
    }

    private static String erasurePath(UUID citizenId) {
        return "/api/citizens/" + citizenId + "/erasure";
    }
}
