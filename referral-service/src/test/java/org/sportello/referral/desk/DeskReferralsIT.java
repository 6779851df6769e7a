package org.sportello.referral.desk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sportello.referral.ReferralApi.ADMIN;
import static org.sportello.referral.ReferralApi.RESEARCHER;
import static org.sportello.referral.ReferralApi.operatorAt;
import static org.sportello.referral.ReferralApi.partnerDeskAt;
import static org.sportello.testing.ProblemAssertions.assertProblem;

import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sportello.contracts.referral.v1.DeskReferralAcknowledged;
import org.sportello.contracts.scheduling.v1.OfficeKind;
import org.sportello.referral.OtherServices;
import org.sportello.referral.OtherServices.Place;
import org.sportello.referral.ReferralApi;
import org.sportello.referral.ReferralApi.Response;
import org.sportello.referral.ReferralTopicReader;
import org.sportello.referral.RunningReferral;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Partner desks' referrals over HTTP on real PostgreSQL and Kafka, with offices and contacts as
 * scheduling and intake publish them: what the desk, the secretariat and everyone else may do and see.
 */
class DeskReferralsIT extends RunningReferral {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ReferralApi api;
    private OtherServices others;
    private Place place;
    private String desk;
    private String office;

    @BeforeEach
    void setUp() {
        api = new ReferralApi(port);
        others = new OtherServices(jdbc);
        place = others.newPlace();
        desk = partnerDeskAt(place.deskId());
        office = operatorAt(place.secretariatId());
    }

    @AfterEach
    void tearDown() {
        others.close();
    }

    private Map<String, Object> body(UUID contactId) {
        Map<String, Object> body = new HashMap<>();
        body.put("fromOfficeId", place.deskId());
        body.put("toOfficeId", place.secretariatId());
        body.put("contactId", contactId.toString());
        body.put("reason", Map.of("userArea", "POVERTY_AND_ADULT_HARDSHIP", "categories", List.of("INCOME", "HOUSING")));
        return body;
    }

    private static Map<String, Object> with(Map<String, Object> body, String field, Object value) {
        Map<String, Object> copy = new HashMap<>(body);
        copy.put(field, value);
        return copy;
    }

    /** A desk referral of a new contact of the place's desk; returns its id. */
    private String sent() {
        Response created = api.post("/api/desk-referrals", body(others.deskContactRecorded(place.deskId(), "volunteer-1")), desk);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().path("deskReferralId").asString();
    }

    @Test
    void deskSendsAContactOnAndHearsBackItsStatusOnly() {
        UUID contact = others.deskContactRecorded(place.deskId(), "volunteer-1");

        Response created = api.post("/api/desk-referrals", body(contact), desk);

        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String id = created.json().path("deskReferralId").asString();
        assertThat(created.location()).isEqualTo("/api/desk-referrals/" + id);
        assertThat(created.json().path("state").asString()).isEqualTo("SENT");
        assertThat(fieldNames(created.json())).containsExactlyInAnyOrder("deskReferralId", "state", "sentAt", "acknowledgedAt");
        Response status = api.get("/api/desk-referrals/" + id, desk);
        assertThat(status.status()).isEqualTo(200);
        assertThat(fieldNames(status.json())).containsExactlyInAnyOrder("deskReferralId", "state", "sentAt", "acknowledgedAt");
        assertThat(status.body()).doesNotContain(contact.toString()).doesNotContain("INCOME").doesNotContain(place.secretariatId());
    }

    @Test
    void secretariatSeesTheReferralInFullAndInItsIncomingListOldestFirst() {
        String first = sent();
        String second = sent();

        JsonNode full = api.get("/api/desk-referrals/" + first, office).json();
        Response incoming = api.get("/api/offices/" + place.secretariatId() + "/incoming-desk-referrals", office);

        assertThat(full.path("fromOfficeId").asString()).isEqualTo(place.deskId());
        assertThat(full.path("toOfficeId").asString()).isEqualTo(place.secretariatId());
        assertThat(full.path("districtId").asString()).isEqualTo(place.districtId());
        assertThat(full.path("contactId").asString()).isNotBlank();
        assertThat(full.path("reason").path("userArea").asString()).isEqualTo("POVERTY_AND_ADULT_HARDSHIP");
        assertThat(full.path("reason").path("categories").valueStream().map(JsonNode::asString).toList())
                .containsExactly("INCOME", "HOUSING");
        assertThat(incoming.status()).isEqualTo(200);
        assertThat(ids(incoming)).containsExactly(first, second);
        assertThat(api.get("/api/desk-referrals/" + first, ADMIN).json()).isEqualTo(full);
        assertThat(ids(api.get("/api/offices/" + place.secretariatId() + "/incoming-desk-referrals", ADMIN)))
                .containsExactly(first, second);
    }

    @Test
    void secretariatAcknowledgesOnceAndTheDeskSeesIt() {
        String id = sent();

        Response acknowledged = api.post("/api/desk-referrals/" + id + "/acknowledge", Map.of(), office);
        Response again = api.post("/api/desk-referrals/" + id + "/acknowledge", null, office);

        assertThat(acknowledged.status()).as(acknowledged.body()).isEqualTo(200);
        assertThat(acknowledged.json().path("state").asString()).isEqualTo("ACKNOWLEDGED");
        assertThat(acknowledged.json().path("contactId").asString()).isNotBlank();
        assertProblem(again, 409, DeskReferralAlreadyAcknowledged.TYPE);
        JsonNode status = api.get("/api/desk-referrals/" + id, desk).json();
        assertThat(status.path("state").asString()).isEqualTo("ACKNOWLEDGED");
        assertThat(status.path("acknowledgedAt").asString()).isEqualTo(acknowledged.json().path("acknowledgedAt").asString());
        String path = "/api/offices/" + place.secretariatId() + "/incoming-desk-referrals?state=";
        assertThat(ids(api.get(path + "ACKNOWLEDGED", office))).containsExactly(id);
        assertThat(ids(api.get(path + "SENT", office))).doesNotContain(id);
    }

    @Test
    void outsideTheirOfficesOthersGetNotFoundOrForbidden() {
        String id = sent();
        Place elsewhere = others.newPlace();
        String otherOperator = operatorAt(elsewhere.secretariatId());
        String otherDesk = partnerDeskAt(elsewhere.deskId());

        assertProblem(api.get("/api/desk-referrals/" + id, otherOperator), 404, DeskReferralNotFound.TYPE);
        assertProblem(api.get("/api/desk-referrals/" + id, otherDesk), 404, DeskReferralNotFound.TYPE);
        assertProblem(api.post("/api/desk-referrals/" + id + "/acknowledge", Map.of(), otherOperator), 404,
                DeskReferralNotFound.TYPE);
        assertProblem(api.get("/api/offices/" + place.secretariatId() + "/incoming-desk-referrals", otherOperator), 403,
                "forbidden", "officeId");
        assertProblem(api.get("/api/desk-referrals/" + UUID.randomUUID(), ADMIN), 404, DeskReferralNotFound.TYPE);
        assertThat(api.get("/api/desk-referrals/" + id, office).json().path("state").asString()).isEqualTo("SENT");
    }

    @Test
    void deskSendsOnlyFromItsOwnDesk() {
        Place elsewhere = others.newPlace();
        UUID contact = others.deskContactRecorded(place.deskId(), "volunteer-1");
        long before = storedEvents();

        Response refused = api.post("/api/desk-referrals", body(contact), partnerDeskAt(elsewhere.deskId()));

        assertProblem(refused, 403, "forbidden", "fromOfficeId");
        assertNothingWritten(before, contact);
    }

    @Test
    void wrongOfficesAndContactsAreRefusedNamingTheFieldWithNothingWritten() {
        UUID contact = others.deskContactRecorded(place.deskId(), "volunteer-1");
        Map<String, Object> body = body(contact);
        String secondDesk = others.newOffice(place.municipalityId(), OfficeKind.PARTNER_DESK);
        Place elsewhere = others.newPlace();
        UUID contactElsewhere = others.deskContactRecorded(secondDesk, "volunteer-2");
        UUID walkIn = others.contactRecorded(place.deskId(), org.sportello.contracts.intake.v1.Channel.WALK_IN, "op-1");
        long before = storedEvents();

        assertProblem(api.post("/api/desk-referrals", with(body, "fromOfficeId", place.secretariatId()),
                partnerDeskAt(place.secretariatId())), 422, NotAPartnerDesk.TYPE, "fromOfficeId");
        assertProblem(api.post("/api/desk-referrals", with(body, "fromOfficeId", "never-published"),
                partnerDeskAt("never-published")), 422, NotAPartnerDesk.TYPE, "fromOfficeId");
        assertProblem(api.post("/api/desk-referrals", with(body, "toOfficeId", "never-published"), desk), 422,
                NotASecretariatOfTheDistrict.TYPE, "toOfficeId");
        assertProblem(api.post("/api/desk-referrals", with(body, "toOfficeId", secondDesk), desk), 422,
                NotASecretariatOfTheDistrict.TYPE, "toOfficeId");
        assertProblem(api.post("/api/desk-referrals", with(body, "toOfficeId", elsewhere.secretariatId()), desk), 422,
                NotASecretariatOfTheDistrict.TYPE, "toOfficeId");
        assertProblem(api.post("/api/desk-referrals", with(body, "contactId", UUID.randomUUID().toString()), desk), 422,
                UnknownDeskContact.TYPE, "contactId");
        assertProblem(api.post("/api/desk-referrals", with(body, "contactId", contactElsewhere.toString()), desk), 422,
                UnknownDeskContact.TYPE, "contactId");
        assertProblem(api.post("/api/desk-referrals", with(body, "contactId", walkIn.toString()), desk), 422,
                UnknownDeskContact.TYPE, "contactId");
        assertProblem(api.post("/api/desk-referrals", with(body, "reason", Map.of("userArea", "ELDERLY",
                "categories", List.of())), desk), 400, "invalid-input", "reason.categories");
        assertProblem(api.post("/api/desk-referrals", with(body, "reason", Map.of("userArea", "ELDERLY",
                "categories", List.of("ISOLATION", "ISOLATION"))), desk), 400, InvalidDeskReferral.TYPE, "reason.categories");
        assertThat(api.post("/api/desk-referrals", with(body, "contactId", "not-a-uuid"), desk).status()).isEqualTo(400);
        assertNothingWritten(before, contact);
    }

    @Test
    void aContactIsReferredOnOnceEvenWhenSendsRace() throws Exception {
        UUID contact = others.deskContactRecorded(place.deskId(), "volunteer-1");
        Map<String, Object> body = body(contact);

        List<Integer> statuses = concurrently(6, () -> api.post("/api/desk-referrals", body, desk).status());
        Response again = api.post("/api/desk-referrals", body, desk);

        assertThat(statuses).containsOnlyOnce(201).containsOnly(201, 409);
        assertProblem(again, 409, ContactAlreadyReferred.TYPE, "contactId");
        assertThat(storedEvents(DeskReferralSent.class)).isPositive();
        assertThat(jdbc.sql("SELECT count(*) FROM desk_referral WHERE contact_id = ?").param(contact).query(Long.class)
                .single()).isEqualTo(1);
    }

    @Test
    void sentAndAcknowledgedArePublishedKeyedByTheDeskReferral() {
        String id = sent();
        api.post("/api/desk-referrals/" + id + "/acknowledge", Map.of(), office);

        try (ReferralTopicReader topic = new ReferralTopicReader()) {
            JsonNode sent = JSON.readTree(topic.await(org.sportello.contracts.referral.v1.DeskReferralSent.TYPE, id,
                    Duration.ofSeconds(60)).value());
            JsonNode acknowledged = JSON.readTree(topic.await(DeskReferralAcknowledged.TYPE, id, Duration.ofSeconds(60)).value());

            assertThat(sent.path("fromOfficeId").asString()).isEqualTo(place.deskId());
            assertThat(sent.path("districtId").asString()).isEqualTo(place.districtId());
            assertThat(sent.path("categories").path(0).asString()).isEqualTo("INCOME");
            assertThat(sent.path("recordedBy").asString()).isEqualTo("volunteer-" + place.deskId());
            assertThat(acknowledged.path("toOfficeId").asString()).isEqualTo(place.secretariatId());
            assertThat(acknowledged.path("recordedBy").asString()).isEqualTo("operator-" + place.secretariatId());
        }
    }

    /** Every role on every desk and provider endpoint, as the role rules and the controllers' scopes answer. */
    @Test
    void roleByEndpointMatrix() {
        String providerId = api.newProvider(place.districtId(), "HOUSING");
        Map<String, String> roles = new LinkedHashMap<>();
        roles.put("ADMIN", ADMIN);
        roles.put("OPERATOR", office);
        roles.put("PARTNER_DESK", desk);
        roles.put("PROVIDER", ReferralApi.providerAccount(providerId));
        roles.put("RESEARCHER", RESEARCHER);
        roles.put("none", null);
        String existing = sent();

        Map<String, Supplier<Map<String, Integer>>> expected = new LinkedHashMap<>();
        expected.put("POST /api/desk-referrals", () -> statuses(403, 403, 201, 403, 403, 401));
        expected.put("POST /api/desk-referrals/{id}/acknowledge", () -> statuses(403, 200, 403, 403, 403, 401));
        expected.put("GET /api/desk-referrals/{id}", () -> statuses(200, 200, 200, 403, 403, 401));
        expected.put("GET /api/offices/{id}/incoming-desk-referrals", () -> statuses(200, 200, 403, 403, 403, 401));
        expected.put("POST /api/providers", () -> statuses(201, 403, 403, 403, 403, 401));
        expected.put("GET /api/providers", () -> statuses(200, 200, 200, 200, 200, 401));
        expected.put("GET /api/providers/{id}", () -> statuses(200, 200, 200, 200, 200, 401));

        Map<String, Map<String, Integer>> actual = new LinkedHashMap<>();
        for (String endpoint : expected.keySet()) {
            Map<String, Integer> row = new LinkedHashMap<>();
            roles.forEach((role, token) -> row.put(role, call(endpoint, token, existing, providerId)));
            actual.put(endpoint, row);
        }

        Map<String, Map<String, Integer>> wanted = new LinkedHashMap<>();
        expected.forEach((endpoint, row) -> wanted.put(endpoint, row.get()));
        assertThat(actual).isEqualTo(wanted);
    }

    @Test
    void partnerDeskIsForbiddenEveryReadOfReferralsAndOfficeLists() {
        String id = UUID.randomUUID().toString();
        for (String path : List.of("/api/referrals/" + id, "/api/offices/" + place.deskId() + "/referrals",
                "/api/offices/" + place.secretariatId() + "/referrals",
                "/api/offices/" + place.deskId() + "/incoming-desk-referrals",
                "/api/offices/" + place.secretariatId() + "/incoming-desk-referrals",
                "/api/providers/" + api.newProvider(place.districtId(), "OTHER") + "/referrals")) {
            assertProblem(api.get(path, desk), 403, "forbidden");
        }
    }

    private static Map<String, Integer> statuses(int admin, int operator, int desk, int provider, int researcher, int none) {
        Map<String, Integer> row = new LinkedHashMap<>();
        row.put("ADMIN", admin);
        row.put("OPERATOR", operator);
        row.put("PARTNER_DESK", desk);
        row.put("PROVIDER", provider);
        row.put("RESEARCHER", researcher);
        row.put("none", none);
        return row;
    }

    /** Each call that may succeed works on data of its own: a new contact, a new referral, a new provider id. */
    private int call(String endpoint, String token, String existing, String providerId) {
        return switch (endpoint) {
            case "POST /api/desk-referrals" ->
                    api.post("/api/desk-referrals", body(others.deskContactRecorded(place.deskId(), "volunteer-1")), token).status();
            case "POST /api/desk-referrals/{id}/acknowledge" ->
                    api.post("/api/desk-referrals/" + sent() + "/acknowledge", Map.of(), token).status();
            case "GET /api/desk-referrals/{id}" -> api.get("/api/desk-referrals/" + existing, token).status();
            case "GET /api/offices/{id}/incoming-desk-referrals" ->
                    api.get("/api/offices/" + place.secretariatId() + "/incoming-desk-referrals", token).status();
            case "POST /api/providers" -> api.post("/api/providers", ReferralApi.provider(OtherServices.uniqueSlug("matrix"),
                    place.districtId(), "OTHER"), token).status();
            case "GET /api/providers" -> api.get("/api/providers?districtId=" + place.districtId(), token).status();
            case "GET /api/providers/{id}" -> api.get("/api/providers/" + providerId, token).status();
            default -> throw new IllegalArgumentException(endpoint);
        };
    }

    private void assertNothingWritten(long eventsBefore, UUID contact) {
        assertThat(storedEvents()).as("no event stored").isEqualTo(eventsBefore);
        assertThat(jdbc.sql("SELECT count(*) FROM desk_contact_claim WHERE contact_id = ?").param(contact)
                .query(Long.class).single()).as("the contact is not claimed").isZero();
    }

    private static List<String> ids(Response list) {
        assertThat(list.status()).as(list.body()).isEqualTo(200);
        return list.json().valueStream().map(node -> node.path("deskReferralId").asString()).toList();
    }

    private static List<String> fieldNames(JsonNode node) {
        return node.propertyNames().stream().toList();
    }
}
