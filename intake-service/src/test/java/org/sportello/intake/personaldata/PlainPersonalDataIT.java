package org.sportello.intake.personaldata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sportello.intake.IntakeRequests.contactOf;
import static org.sportello.intake.IntakeRequests.with;
import static org.sportello.intake.citizen.CitizenFixture.aNewPerson;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.sportello.intake.IntakeApi;
import org.sportello.intake.IntakeOnItsOwn;
import org.sportello.intake.IntakeApi.Response;
import org.sportello.intake.citizen.CitizenFixture.Person;
import org.sportello.intake.citizen.CitizenRegistered;
import org.sportello.intake.contact.ContactRecorded;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A database written before personal data was sealed: events of revision 1 with plain personal
 * data and notes, read-table rows and claims in plain text, no data keys. After the upgrade the
 * events load (the upcaster), the rows and claims are sealed at start-up, and a rebuild of the read
 * models seals them again from the old events.
 */
class PlainPersonalDataIT {

    private static final String NOTES = "Her son left school in March; she asked about the youth centre.";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Map<String, Object> intake = IntakeOnItsOwn.settings("intake_plain_data");
    private final String masterKey = IntakeOnItsOwn.newMasterKey();

    @Test
    void plainDataOfAnEarlierReleaseIsReadSealedAndStillFound() {
        Person person = aNewPerson();
        UUID citizenId;
        UUID contactId;
        try (var running = IntakeOnItsOwn.start(IntakeOnItsOwn.withMasterKeys(intake, masterKey, ""))) {
            citizenId = running.api().register(person);
            contactId = running.api().recordContact(with(contactOf(citizenId), "notes", NOTES)).contactId();
            asAnEarlierReleaseStoredIt(running.jdbc(), citizenId, contactId, person);
        }

        try (var upgraded = IntakeOnItsOwn.start(IntakeOnItsOwn.withMasterKeys(intake, masterKey, ""))) {
            IntakeApi api = upgraded.api();
            JdbcClient jdbc = upgraded.jdbc();
            assertThat(jdbc.sql("SELECT first_name IS NULL AND personal_data IS NOT NULL FROM citizen WHERE citizen_id = ?")
                    .param(citizenId).query(Boolean.class).single()).as("citizen row sealed at start-up").isTrue();
            assertThat(jdbc.sql("SELECT notes IS NULL AND sealed_notes IS NOT NULL FROM contact WHERE contact_id = ?")
                    .param(contactId).query(Boolean.class).single()).as("notes sealed at start-up").isTrue();
            assertThat(jdbc.sql("SELECT fiscal_code IS NULL AND fiscal_code_hash IS NOT NULL FROM fiscal_code_claim "
                    + "WHERE citizen_id = ?").param(citizenId).query(Boolean.class).single()).as("claim hashed").isTrue();
            assertShown(api, citizenId, contactId, person);
            Response again = api.post("/api/citizens", person.registrationRequest());
            assertThat(again.status()).as("the old claim still holds the code").isEqualTo(409);
            assertThat(again.json().path("citizenId").asString()).isEqualTo(citizenId.toString());

            Response rebuild = api.postJson("/api/admin/read-models/intake-projections/rebuild", "", IntakeApi.ADMIN);
            assertThat(rebuild.status()).as(rebuild.body()).isEqualTo(200);
            assertShown(api, citizenId, contactId, person);
            // The case still loads with its old event in it, and takes the next contact.
            assertThat(api.recordContact(contactOf(citizenId)).caseId()).isNotNull();
        }
    }

    private static void assertShown(IntakeApi api, UUID citizenId, UUID contactId, Person person) {
        JsonNode citizen = api.get("/api/citizens/" + citizenId).json();
        assertThat(citizen.path("lastName").asString()).isEqualTo(person.lastName());
        assertThat(citizen.path("fiscalCode").asString()).isEqualTo(person.fiscalCode());
        assertThat(api.get("/api/contacts/" + contactId).json().path("notes").asString()).isEqualTo(NOTES);
    }

    /** Plain payloads of revision 1, plain rows and claims, and no data key: the database of the release before. */
    private static void asAnEarlierReleaseStoredIt(JdbcClient jdbc, UUID citizenId, UUID contactId, Person person) {
        rewriteEvent(jdbc, CitizenRegistered.class, citizenId.toString(), payload -> payload.set("personalData",
                JSON.valueToTree(Map.of("fiscalCode", Map.of("value", person.fiscalCode()),
                        "firstName", person.firstName(), "lastName", person.lastName(),
                        "birthDate", person.birthDate().toString(), "sex", person.sex().name(),
                        "municipalityOfResidence", person.municipalityOfResidence(), "phone", person.phone(),
                        "email", person.email()))));
        rewriteEvent(jdbc, ContactRecorded.class, null, payload -> ((ObjectNode) payload.get("details")).put("notes", NOTES));
        jdbc.sql("""
                UPDATE citizen SET personal_data = NULL, fiscal_code = ?, first_name = ?, last_name = ?, birth_date = ?,
                       sex = ?, municipality_of_residence = ?, phone = ?, email = ? WHERE citizen_id = ?""")
                .params(person.fiscalCode(), person.firstName(), person.lastName(), person.birthDate(),
                        person.sex().name(), person.municipalityOfResidence(), person.phone(), person.email(), citizenId)
                .update();
        jdbc.sql("UPDATE contact SET sealed_notes = NULL, notes = ? WHERE contact_id = ?").params(NOTES, contactId).update();
        jdbc.sql("UPDATE fiscal_code_claim SET fiscal_code_hash = NULL, fiscal_code = ? WHERE citizen_id = ?")
                .params(person.fiscalCode(), citizenId).update();
        jdbc.sql("DELETE FROM data_key").update();
        jdbc.sql("DELETE FROM snapshot_event_entry").update();
    }

    private static void rewriteEvent(JdbcClient jdbc, Class<?> type, String aggregateId,
                                     java.util.function.Consumer<ObjectNode> toPlain) {
        var rows = jdbc.sql("SELECT global_index, payload FROM domain_event_entry WHERE payload_type = ?"
                        + (aggregateId == null ? "" : " AND aggregate_identifier = '" + aggregateId + "'"))
                .param(type.getName())
                .query((rs, n) -> Map.entry(rs.getLong(1), rs.getBytes(2)))
                .list();
        assertThat(rows).as("stored %s events", type.getSimpleName()).isNotEmpty();
        for (var row : rows) {
            ObjectNode payload = (ObjectNode) JSON.readTree(new String(row.getValue(), StandardCharsets.UTF_8));
            toPlain.accept(payload);
            jdbc.sql("UPDATE domain_event_entry SET payload = ?, payload_revision = '1' WHERE global_index = ?")
                    .params(JSON.writeValueAsBytes(payload), row.getKey())
                    .update();
        }
    }
}
