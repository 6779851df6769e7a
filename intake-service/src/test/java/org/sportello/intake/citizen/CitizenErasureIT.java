package org.sportello.intake.citizen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.sportello.intake.IntakeRequests.contactOf;
import static org.sportello.intake.citizen.CitizenFixture.aNewPerson;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.sportello.contracts.intake.v1.CitizenErased;
import org.sportello.intake.IntakeApi;
import org.sportello.intake.IntakeApi.Response;
import org.sportello.intake.RunningIntake;
import org.sportello.intake.casefile.CaseOpened;
import org.sportello.intake.citizen.CitizenFixture.Person;
import org.sportello.intake.publishing.TopicReader;
import org.sportello.platform.caller.Caller;
import org.sportello.platform.json.ContractJson;
import org.sportello.testing.TestInfrastructure;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * An administrator erases a citizen's personal data: one request, answered 204, after which the
 * key is shredded, the fiscal code is free for a new registration, contacts for the citizen are
 * refused, the erasure is in the register, in the erasure log and published.
 */
class CitizenErasureIT extends RunningIntake {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String ADMIN_ID = "admin-1";
    private static final Duration ARRIVAL = Duration.ofSeconds(60);

    @Test
    void erasureAnswers204AndRecordsWhoErasedOnWhichGroundAndReference() {
        UUID citizenId = api.register(aNewPerson());
        Instant before = Instant.now();

        Response erased = erase(citizenId, body("CONSENT_WITHDRAWN", "Prot. 2025/00417"));

        assertThat(erased.status()).as(erased.body()).isEqualTo(204);
        assertThat(erased.body()).isEmpty();
        assertThat(storedEvents(org.sportello.intake.citizen.CitizenErased.class, citizenId)).isEqualTo(1);
        JsonNode event = JSON.readTree(jdbc.sql("SELECT payload FROM domain_event_entry WHERE aggregate_identifier = ?"
                        + " AND payload_type = ?")
                .params(citizenId.toString(), org.sportello.intake.citizen.CitizenErased.class.getName())
                .query(byte[].class).single());
        assertThat(event.path("ground").asString()).isEqualTo("CONSENT_WITHDRAWN");
        assertThat(event.path("reference").asString()).isEqualTo("Prot. 2025/00417");
        assertThat(event.path("erasedBy").asString()).isEqualTo(ADMIN_ID);
        assertThat(Instant.parse(event.path("erasedAt").asString())).isBetween(before, Instant.now());
        JsonNode metaData = JSON.readTree(jdbc.sql("SELECT meta_data FROM domain_event_entry WHERE aggregate_identifier = ?"
                        + " AND payload_type = ?")
                .params(citizenId.toString(), org.sportello.intake.citizen.CitizenErased.class.getName())
                .query(byte[].class).single());
        assertThat(metaData.path(Caller.ID).asString()).isEqualTo(ADMIN_ID);
        assertThat(metaData.path(Caller.ROLE).asString()).isEqualTo("ADMIN");
    }

    @Test
    void erasureShredsTheCitizensKeyAndReleasesTheirFiscalCodeInTheSameCommit() {
        UUID citizenId = api.register(aNewPerson());
        UUID other = api.register(aNewPerson());

        erase(citizenId, body("NO_LONGER_NECESSARY", "Fasc. 88/2025"));

        assertThat(keyShredded(citizenId)).isTrue();
        assertThat(keyShredded(other)).isFalse();
        assertThat(jdbc.sql("SELECT count(*) FROM fiscal_code_claim WHERE citizen_id = ?").param(citizenId)
                .query(Long.class).single()).isZero();
        assertThat(jdbc.sql("SELECT count(*) FROM fiscal_code_claim WHERE citizen_id = ?").param(other)
                .query(Long.class).single()).isOne();
    }

    @Test
    void erasedCitizenStillAnswersWithTheirDataErased() {
        Person person = aNewPerson();
        UUID citizenId = api.register(person);
        IntakeApi.Recorded recorded = api.recordContact(contactOf(citizenId));
        UUID contactId = recorded.contactId();
        UUID caseId = recorded.caseId();
        assertThat(api.get("/api/citizens/" + citizenId).json().path("erased").asBoolean()).isFalse();

        erase(citizenId, body("OBJECTION", "Prot. 12"));

        Response citizen = api.get("/api/citizens/" + citizenId);
        assertThat(citizen.status()).as(citizen.body()).isEqualTo(200);
        assertThat(citizen.json().path("citizenId").asString()).isEqualTo(citizenId.toString());
        assertThat(citizen.json().path("erased").asBoolean()).isTrue();
        assertThat(citizen.body()).doesNotContain(person.firstName(), person.lastName(), person.fiscalCode(),
                person.phone(), person.email());
        Response contact = api.get("/api/contacts/" + contactId);
        assertThat(contact.status()).as(contact.body()).isEqualTo(200);
        assertThat(contact.json().path("erased").asBoolean()).isTrue();
        assertThat(contact.body()).doesNotContain("housing fund");
        Response file = api.get("/api/cases/" + caseId);
        assertThat(file.status()).as(file.body()).isEqualTo(200);
        assertThat(file.json().path("contacts").size()).isOne();
    }

    @Test
    void sameFiscalCodeIsRegisteredAgainAsANewCitizen() {
        Person person = aNewPerson();
        UUID erased = api.register(person);
        assertThat(api.post("/api/citizens", person.registrationRequest()).status()).isEqualTo(409);

        erase(erased, body("CONSENT_WITHDRAWN", "Prot. 2025/00418"));
        UUID again = api.register(person);

        assertThat(again).isNotEqualTo(erased);
        assertThat(storedEvents(CitizenRegistered.class, again)).isOne();
        assertThat(api.get("/api/citizens/" + again).status()).isEqualTo(200);
        assertProblem(api.post("/api/citizens", person.registrationRequest()), 409, CitizenAlreadyRegistered.TYPE);
    }

    @Test
    void secondErasureOfTheSameCitizenIsAConflictAndRecordsNothing() {
        UUID citizenId = api.register(aNewPerson());
        erase(citizenId, body("CONSENT_WITHDRAWN", "Prot. 1"));
        long before = storedEvents();

        Response again = erase(citizenId, body("OBJECTION", "Prot. 2"));

        assertProblem(again, 409, CitizenAlreadyErased.TYPE);
        assertThat(storedEvents()).isEqualTo(before);
        assertThat(register(1000, 0)).filteredOn(entry -> entry.path("citizenId").asString().equals(citizenId.toString()))
                .singleElement().satisfies(entry -> assertThat(entry.path("reference").asString()).isEqualTo("Prot. 1"));
    }

    @Test
    void contactForAnErasedCitizenIsRefusedAndRecordsNothing() {
        UUID withCase = api.register(aNewPerson());
        api.recordContact(contactOf(withCase));
        UUID withoutCase = api.register(aNewPerson());
        erase(withCase, body("CONSENT_WITHDRAWN", "Prot. 3"));
        erase(withoutCase, body("CONSENT_WITHDRAWN", "Prot. 4"));
        long before = storedEvents();

        assertProblem(api.post("/api/contacts", contactOf(withCase)), 409, "personal-data-erased");
        assertProblem(api.post("/api/contacts", contactOf(withoutCase)), 409, "personal-data-erased");
        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void unknownCitizenIsNotFoundAndNothingIsShredded() {
        UUID unknown = UUID.randomUUID();
        long before = storedEvents();

        assertProblem(erase(unknown, body("CONSENT_WITHDRAWN", "Prot. 5")), 404, CitizenNotFound.TYPE);
        assertThat(storedEvents()).isEqualTo(before);
        assertThat(jdbc.sql("SELECT count(*) FROM data_key WHERE subject_id = ?").param(unknown)
                .query(Long.class).single()).isZero();
    }

    @Test
    void idOfACaseIsNoCitizenToErase() {
        UUID caseId = api.recordContact(contactOf(api.register(aNewPerson()))).caseId();
        long before = storedEvents();

        assertProblem(erase(caseId, body("CONSENT_WITHDRAWN", "Prot. 6")), 404, CitizenNotFound.TYPE);
        assertThat(storedEvents()).isEqualTo(before);
        assertThat(storedEvents(CaseOpened.class, caseId)).isOne();
    }

    @Test
    void malformedErasuresAreRefusedNamingTheFieldAndRecordNothing() {
        UUID citizenId = api.register(aNewPerson());
        long before = storedEvents();

        assertProblem(erase(citizenId, body(null, "Prot. 7")), 400, "invalid-input", "ground");
        assertProblem(erase(citizenId, body("UNRECOGNISED", "Prot. 7")), 400, "invalid-input", "ground");
        assertProblem(erase(citizenId, body("FORGOTTEN", "Prot. 7")), 400, "invalid-input", "ground");
        assertProblem(erase(citizenId, body("CONSENT_WITHDRAWN", null)), 400, "invalid-input", "reference");
        assertProblem(erase(citizenId, body("CONSENT_WITHDRAWN", "   ")), 400, "invalid-input", "reference");
        assertProblem(erase(citizenId, body("CONSENT_WITHDRAWN", "P".repeat(101))), 400, "invalid-input", "reference");
        assertProblem(erase(citizenId, body("CONSENT_WITHDRAWN", "Prot.\n7")), 400, "invalid-input", "reference");
        assertProblem(erase(citizenId, body("CONSENT_WITHDRAWN", "Prot.\t7")), 400, "invalid-input", "reference");
        Map<String, Object> extra = body("CONSENT_WITHDRAWN", "Prot. 7");
        extra.put("erasedBy", "someone-else");
        assertProblem(erase(citizenId, extra), 400, "invalid-input", "erasedBy");
        assertProblem(api.postJson("/api/citizens/not-a-uuid/erasure", json(body("CONSENT_WITHDRAWN", "Prot. 7")),
                IntakeApi.ADMIN), 400, "invalid-input", "citizenId");
        assertThat(storedEvents()).isEqualTo(before);
        assertThat(keyShredded(citizenId)).isFalse();
    }

    @Test
    void referenceOfTheLongestAllowedLengthIsTaken() {
        UUID citizenId = api.register(aNewPerson());

        assertThat(erase(citizenId, body("LEGAL_OBLIGATION", "P".repeat(100))).status()).isEqualTo(204);
    }

    @Test
    void onlyAdministratorsErase() {
        UUID citizenId = api.register(aNewPerson());
        String json = json(body("CONSENT_WITHDRAWN", "Prot. 8"));
        long before = storedEvents();

        assertProblem(api.postJson(erasurePath(citizenId), json, IntakeApi.OPERATOR), 403, "forbidden");
        assertProblem(api.postJson(erasurePath(citizenId), json, IntakeApi.RESEARCHER), 403, "forbidden");
        assertProblem(api.postJson(erasurePath(citizenId), json, null), 401, "unauthenticated");
        assertThat(storedEvents()).isEqualTo(before);
        assertThat(keyShredded(citizenId)).isFalse();
    }

    @Test
    void registerOfErasuresListsEachForAdministratorsOnly() {
        UUID citizenId = api.register(aNewPerson());
        erase(citizenId, body("UNLAWFUL_PROCESSING", "Prot. 2025/09"));

        JsonNode entry = register(1000, 0).stream()
                .filter(listed -> listed.path("citizenId").asString().equals(citizenId.toString()))
                .findFirst().orElseThrow();

        assertThat(entry.path("ground").asString()).isEqualTo("UNLAWFUL_PROCESSING");
        assertThat(entry.path("reference").asString()).isEqualTo("Prot. 2025/09");
        assertThat(entry.path("erasedBy").asString()).isEqualTo(ADMIN_ID);
        assertThat(Instant.parse(entry.path("erasedAt").asString())).isNotNull();
        assertProblem(api.get("/api/admin/erasures", IntakeApi.OPERATOR), 403, "forbidden");
        assertProblem(api.get("/api/admin/erasures?limit=0", IntakeApi.ADMIN), 400, "invalid-input", "limit");
        assertProblem(api.get("/api/admin/erasures?limit=1001", IntakeApi.ADMIN), 400, "invalid-input", "limit");
        assertProblem(api.get("/api/admin/erasures?offset=-1", IntakeApi.ADMIN), 400, "invalid-input", "offset");
    }

    @Test
    void registerPagesOldestFirst() {
        erase(api.register(aNewPerson()), body("OBJECTION", "Prot. a"));
        erase(api.register(aNewPerson()), body("OBJECTION", "Prot. b"));

        List<JsonNode> all = register(1000, 0);
        List<JsonNode> lastTwo = register(2, all.size() - 2);

        assertThat(lastTwo).extracting(entry -> entry.path("reference").asString()).containsExactly("Prot. a", "Prot. b");
        assertThat(all).extracting(entry -> Instant.parse(entry.path("erasedAt").asString())).isSorted();
    }

    @Test
    void rebuildOfTheReadModelsKeepsTheRegister() {
        UUID citizenId = api.register(aNewPerson());
        erase(citizenId, body("CONSENT_WITHDRAWN", "Prot. rebuilt"));
        List<JsonNode> before = register(1000, 0);

        Response rebuild = api.postJson("/api/admin/read-models/intake-projections/rebuild", "", IntakeApi.ADMIN);

        assertThat(rebuild.status()).as(rebuild.body()).isEqualTo(200);
        assertThat(register(1000, 0)).isEqualTo(before);
    }

    @Test
    void erasureIsPublishedWithWhoseAndWhenOnly() {
        UUID citizenId = api.register(aNewPerson());
        erase(citizenId, body("CONSENT_WITHDRAWN", "Prot. published-" + citizenId));

        try (TopicReader topic = new TopicReader(TestInfrastructure.kafkaBootstrapServers())) {
            ConsumerRecord<String, byte[]> record = topic.await(CitizenErased.TYPE, citizenId, ARRIVAL);

            CitizenErased published = ContractJson.read(record.value(), CitizenErased.class);
            assertThat(published.citizenId()).isEqualTo(citizenId);
            // The register keeps the instant as PostgreSQL does, rounded to microseconds.
            assertThat(published.erasedAt()).isCloseTo(Instant.parse(register(1000, 0).stream()
                    .filter(entry -> entry.path("citizenId").asString().equals(citizenId.toString()))
                    .findFirst().orElseThrow().path("erasedAt").asString()), within(1, ChronoUnit.MICROS));
            assertThat(new String(record.value(), StandardCharsets.UTF_8))
                    .doesNotContain("Prot. published", ADMIN_ID, "CONSENT_WITHDRAWN");
        }
    }

    @Test
    void erasureIsKeptInTheCompactedErasureLog() throws Exception {
        UUID citizenId = api.register(aNewPerson());
        erase(citizenId, body("OBJECTION", "Prot. logged"));

        try (ErasureLogTopic log = new ErasureLogTopic(TestInfrastructure.kafkaBootstrapServers(),
                "sportello.intake.erasures")) {
            JsonNode entry = log.await(citizenId, ARRIVAL);

            assertThat(entry.path("subject").asString()).isEqualTo(citizenId.toString());
            assertThat(entry.path("ground").asString()).isEqualTo("OBJECTION");
            assertThat(entry.path("reference").asString()).isEqualTo("Prot. logged");
            assertThat(entry.path("erasedBy").asString()).isEqualTo(ADMIN_ID);
            assertThat(entry.path("erasedAt").asString()).isNotBlank();
            assertThat(log.settings("cleanup.policy", "retention.ms"))
                    .containsEntry("cleanup.policy", "compact").containsEntry("retention.ms", "-1");
        }
    }

    private Response erase(UUID citizenId, Map<String, Object> body) {
        return api.postJson(erasurePath(citizenId), json(body), IntakeApi.ADMIN);
    }

    private List<JsonNode> register(int limit, int offset) {
        Response listed = api.get("/api/admin/erasures?limit=" + limit + "&offset=" + offset, IntakeApi.ADMIN);
        assertThat(listed.status()).as(listed.body()).isEqualTo(200);
        List<JsonNode> entries = new ArrayList<>();
        listed.json().forEach(entries::add);
        return entries;
    }

    private boolean keyShredded(UUID citizenId) {
        return jdbc.sql("SELECT wrapped_key IS NULL FROM data_key WHERE subject_id = ?").param(citizenId)
                .query(Boolean.class).optional().orElse(false);
    }

    private static String erasurePath(UUID citizenId) {
        return "/api/citizens/" + citizenId + "/erasure";
    }

    private static Map<String, Object> body(String ground, String reference) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("ground", ground);
        body.put("reference", reference);
        return body;
    }

    private static String json(Object body) {
        return JSON.writeValueAsString(body);
    }
}
