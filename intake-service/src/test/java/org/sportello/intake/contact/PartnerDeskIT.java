package org.sportello.intake.contact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sportello.intake.IntakeRequests.OFFICE;
import static org.sportello.intake.IntakeRequests.contactOf;
import static org.sportello.intake.IntakeRequests.with;
import static org.sportello.intake.citizen.CitizenFixture.aNewPerson;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sportello.contracts.intake.v1.ContactRecorded;
import org.sportello.intake.IntakeApi.Recorded;
import org.sportello.intake.IntakeApi.Response;
import org.sportello.intake.RunningIntake;
import org.sportello.intake.SchedulingEvents;
import org.sportello.intake.casefile.CaseOpened;
import org.sportello.intake.publishing.TopicReader;
import org.sportello.platform.json.ContractJson;
import org.sportello.testing.TestInfrastructure;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A partner desk of Est Milano's distributed secretariat (Caritas in Pioltello) records the people
 * it orients at intake, over HTTP, on real PostgreSQL and Kafka: its contacts are published for
 * referral-service with channel PARTNER_DESK, and it reads nothing back, not even its own.
 */
class PartnerDeskIT extends RunningIntake {

    private static final String DESK = "pioltello-caritas";
    private static final String DESK_ID = "desk-1";
    private static final String DESK_TOKEN = TestInfrastructure.tokenAt(List.of(DESK), DESK_ID, "PARTNER_DESK");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @BeforeEach
    void deskKnown() {
        SchedulingEvents.ensureDesksKnown(TestInfrastructure.kafkaBootstrapServers(), jdbc, DESK);
    }

    @Test
    void deskRecordsAnAnonymousOrientationPublishedAsAPartnerDeskContact() {
        Response response = byDesk(orientation(null));

        assertThat(response.status()).as(response.body()).isEqualTo(201);
        Recorded recorded = Recorded.of(response);
        assertThat(recorded.caseId()).isNull();
        assertThat(response.location()).endsWith("/api/contacts/" + recorded.contactId());
        assertThat(storedEvents(org.sportello.intake.contact.ContactRecorded.class, recorded.contactId())).isEqualTo(1);
        ContactRecorded published = published(recorded.contactId());
        assertThat(published.contactId()).isEqualTo(recorded.contactId());
        assertThat(published.officeId()).isEqualTo(DESK);
        assertThat(published.channel()).isEqualTo(org.sportello.contracts.intake.v1.Channel.PARTNER_DESK);
        assertThat(published.recordedBy()).isEqualTo(DESK_ID);
        assertThat(published.operators()).extracting(o -> o.role().name()).containsExactly("PARTNER_VOLUNTEER");
        assertThat(published.citizenId()).isNull();
    }

    @Test
    void deskRecordsANamedContactWithoutLearningTheCase() {
        UUID citizenId = api.register(aNewPerson());

        Response response = byDesk(orientation(citizenId));

        assertThat(response.status()).as(response.body()).isEqualTo(201);
        JsonNode answer = response.json();
        assertThat(answer.path("contactId").asString()).isNotBlank();
        assertThat(answer.path("caseId").isNull() || answer.path("caseId").isMissingNode())
                .as("a desk's answer carries no case: %s", response.body()).isTrue();
        UUID contactId = UUID.fromString(answer.path("contactId").asString());
        UUID caseId = caseOf(contactId);
        assertThat(storedEvents(CaseOpened.class, caseId)).isEqualTo(1);
        ContactRecorded published = published(caseId);
        assertThat(published.contactId()).isEqualTo(contactId);
        assertThat(published.citizenId()).isEqualTo(citizenId);
        assertThat(published.channel()).isEqualTo(org.sportello.contracts.intake.v1.Channel.PARTNER_DESK);
        assertThat(published.officeId()).isEqualTo(DESK);
        assertThat(published.recordedBy()).isEqualTo(DESK_ID);
    }

    @Test
    void deskOutsideItsOfficesIsForbiddenAndWritesNothing() {
        long before = storedEvents();

        assertProblem(byDesk(with(orientation(null), "officeId", OFFICE)), 403, NotTheirDesk.TYPE, "officeId");
        // An office that does not exist answers the same: a desk learns nothing of other offices.
        assertProblem(byDesk(with(orientation(null), "officeId", "pioltello-nowhere")), 403, NotTheirDesk.TYPE,
                "officeId");

        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void deskAtASecretariatOfficeOfItsTokenIsRefusedAndWritesNothing() {
        String misbound = TestInfrastructure.tokenAt(List.of(DESK, OFFICE), DESK_ID, "PARTNER_DESK");
        long before = storedEvents();

        assertProblem(api.postJson("/api/contacts", json(with(orientation(null), "officeId", OFFICE)), misbound),
                422, NotAPartnerDeskOffice.TYPE, "officeId");

        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void deskRecordsOnlyByItsOwnChannelAndARefusedNamedContactClaimsNoCase() {
        UUID citizenId = api.register(aNewPerson());
        long before = storedEvents();

        assertProblem(byDesk(with(orientation(citizenId), "channel", "WALK_IN")), 422,
                PartnerDeskChannelRequired.TYPE, "channel");

        assertThat(storedEvents()).isEqualTo(before);
        assertThat(claimedCaseOf(citizenId)).isEmpty();
    }

    @Test
    void deskNamingMunicipalStaffIsRefusedAndWritesNothing() {
        long before = storedEvents();

        assertProblem(byDesk(with(orientation(null), "operators",
                        List.of(Map.of("operatorId", "op-0173", "role", "SOCIAL_WORKER")))),
                422, PartnerVolunteersOnly.TYPE, "operators[0].role");

        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void staffCannotRecordAtADesksOffice() {
        long before = storedEvents();

        assertProblem(api.post("/api/contacts", with(contactOf(null), "officeId", DESK)), 422,
                OfficeOfAPartnerDesk.TYPE, "officeId");
        assertProblem(api.post("/api/contacts", with(orientation(null), "channel", "WALK_IN")), 422,
                OfficeOfAPartnerDesk.TYPE, "officeId");

        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void partnerDeskChannelIsRefusedAtASecretariatOfficeAndWritesNothing() {
        UUID citizenId = api.register(aNewPerson());
        long before = storedEvents();

        assertProblem(api.post("/api/contacts", with(contactOf(citizenId), "channel", "PARTNER_DESK")), 422,
                PartnerDeskChannelOutsideDesks.TYPE, "channel");

        assertThat(storedEvents()).isEqualTo(before);
        assertThat(claimedCaseOf(citizenId)).isEmpty();
    }

    @Test
    void deskReadsNothingBackNotEvenItsOwnContact() {
        UUID citizenId = api.register(aNewPerson());
        UUID contactId = UUID.fromString(byDesk(orientation(citizenId)).json().path("contactId").asString());
        UUID caseId = caseOf(contactId);
        long reads = personalDataReads();

        for (String read : List.of("/api/contacts/" + contactId, "/api/cases/" + caseId,
                "/api/cases/" + caseId + "/contacts", "/api/citizens/" + citizenId)) {
            assertProblem(api.get(read, DESK_TOKEN), 403, "forbidden");
        }

        assertThat(personalDataReads()).as("reads of personal data logged").isEqualTo(reads);
        assertThat(api.get("/api/contacts/" + contactId).status()).as("the operator reads it").isEqualTo(200);
    }

    /**
     * The role × endpoint matrix for PARTNER_DESK: every operation intake documents, its own and
     * the platform's administration, with the ids of the desk's own contact, answers 403 and
     * writes nothing, but recording a contact.
     */
    @Test
    void deskIsForbiddenEveryEndpointButRecordingAContact() {
        UUID citizenId = api.register(aNewPerson());
        UUID contactId = UUID.fromString(byDesk(orientation(citizenId)).json().path("contactId").asString());
        Map<String, String> ids = Map.of("contactId", contactId.toString(), "caseId", caseOf(contactId).toString(),
                "citizenId", citizenId.toString(), "name", "intake-projections", "sequenceId", "1");
        JsonNode paths = api.get("/v3/api-docs", null).json().path("paths");
        Set<String> operations = new TreeSet<>();
        long before = storedEvents();
        long reads = personalDataReads();

        for (String path : paths.propertyNames()) {
            for (String method : paths.path(path).propertyNames()) {
                if (!Set.of("get", "post", "put", "patch", "delete").contains(method)) {
                    continue;
                }
                String operation = method.toUpperCase() + " " + path;
                operations.add(operation);
                if (operation.equals("POST /api/contacts")) {
                    continue;
                }
                Response response = api.send(method.toUpperCase(), filled(path, ids),
                        method.equals("get") ? null : "{}", DESK_TOKEN);
                assertThat(response.status()).as(operation + ": " + response.body()).isEqualTo(403);
                assertProblem(response, 403, "forbidden");
            }
        }

        assertThat(operations).contains("POST /api/contacts", "GET /api/contacts/{contactId}",
                "GET /api/cases/{caseId}", "GET /api/cases/{caseId}/contacts", "POST /api/cases/{caseId}/take-in-charge",
                "POST /api/cases/{caseId}/close", "POST /api/citizens", "GET /api/citizens/{citizenId}",
                "POST /api/citizens/{citizenId}/erasure", "GET /api/admin/erasures", "GET /api/admin/read-models",
                "POST /api/admin/read-models/{name}/rebuild", "GET /api/admin/dead-letters");
        assertThat(storedEvents()).as("events written by refused requests").isEqualTo(before);
        assertThat(personalDataReads()).as("reads of personal data logged").isEqualTo(reads);
    }

    /** An orientation at the desk by one of its volunteers; {@code citizenId} null for an anonymous person. */
    private static Map<String, Object> orientation(UUID citizenId) {
        Map<String, Object> body = contactOf(citizenId);
        body.put("officeId", DESK);
        body.put("channel", "PARTNER_DESK");
        body.put("operators", new ArrayList<>(List.of(Map.of("operatorId", "vol-12", "role", "PARTNER_VOLUNTEER"))));
        body.put("outcomes", new ArrayList<>(List.of("ORIENTATION", "REFERRAL")));
        return body;
    }

    private Response byDesk(Map<String, Object> body) {
        return api.postJson("/api/contacts", json(body), DESK_TOKEN);
    }

    private static String json(Map<String, Object> body) {
        return JSON.writeValueAsString(new LinkedHashMap<>(body));
    }

    /** The path with each {name} replaced by the id the test has for it, or a random UUID. */
    private static String filled(String path, Map<String, String> ids) {
        Matcher variable = Pattern.compile("\\{([^}]+)}").matcher(path);
        StringBuilder filled = new StringBuilder();
        while (variable.find()) {
            variable.appendReplacement(filled, ids.getOrDefault(variable.group(1), UUID.randomUUID().toString()));
        }
        return variable.appendTail(filled).toString();
    }

    /** The case intake filed the contact under, as only the database (never the desk's answer) says. */
    private UUID caseOf(UUID contactId) {
        return jdbc.sql("SELECT case_id FROM contact WHERE contact_id = ?").param(contactId).query(UUID.class).single();
    }

    private Optional<UUID> claimedCaseOf(UUID citizenId) {
        return jdbc.sql("SELECT case_id FROM open_case_claim WHERE citizen_id = ?").param(citizenId)
                .query(UUID.class).optional();
    }

    private long personalDataReads() {
        return jdbc.sql("SELECT count(*) FROM personal_data_read").query(Long.class).single();
    }

    /** The ContactRecorded intake published on sportello.intake.events under this key. */
    private static ContactRecorded published(UUID key) {
        try (TopicReader topic = new TopicReader(TestInfrastructure.kafkaBootstrapServers())) {
            ConsumerRecord<String, byte[]> record = topic.await(ContactRecorded.TYPE, key, Duration.ofSeconds(60));
            return ContractJson.read(record.value(), ContactRecorded.class);
        }
    }
}
