package org.sportello.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sportello.client.SportelloApi;
import org.sportello.testing.TestInfrastructure;

import tools.jackson.databind.JsonNode;

/**
 * From a contact at intake to a referral completed to the funnel report, and from a partner desk's
 * orientation at intake to its referral on to the secretariat to the desk-referrals report: over HTTP,
 * against every service as its own JVM, each learning from the others through Kafka only.
 */
class ReferralJourneyIT {

    private static final ZoneId ROME = ZoneId.of("Europe/Rome");
    private static final Duration LEARNED_WITHIN = Duration.ofSeconds(60);
    /** Reporting withholds counts from 1 to 4: five of each make every row's counts visible. */
    private static final int PEOPLE = 5;
    private static final String DISTRICT = "ambito-lecco";
    private static final String SECRETARIAT = "lecco-centro";
    private static final String DESK = "lecco-caritas";
    private static final String PROVIDER = "serd-lecco";

    private static WholeSystem system;
    private static SportelloApi admin;

    @BeforeAll
    static void start() {
        system = WholeSystem.start("referral-journey");
        String adminToken = TestInfrastructure.token("admin-1", "ADMIN");
        SportelloApi scheduling = WholeSystem.as(system.scheduling, adminToken);
        created(scheduling.post("/api/districts", Map.of("districtId", DISTRICT, "name", "Ambito di Lecco")));
        created(scheduling.post("/api/municipalities", Map.of("municipalityId", "lecco", "name", "Lecco",
                "districtId", DISTRICT)));
        created(scheduling.post("/api/offices", office(SECRETARIAT, "Lecco, Segretariato Sociale", "SECRETARIAT", null)));
        created(scheduling.post("/api/offices", office(DESK, "Lecco, Centro di ascolto Caritas", "PARTNER_DESK",
                "Caritas Ambrosiana")));
        admin = WholeSystem.as(system.referral, adminToken);
    }

    @AfterAll
    static void stop() {
        if (system != null) {
            system.close();
        }
    }

    @Test
    void aContactAtIntakeEndsAsACompletedReferralInTheFunnelReport() {
        // The provider's district comes from scheduling, through sportello.scheduling.events.
        Map<String, Object> provider = new LinkedHashMap<>();
        provider.put("providerId", PROVIDER);
        provider.put("name", "SerD Lecco, ASST Lecco");
        provider.put("kind", "PUBLIC_SERVICE");
        provider.put("serviceType", "ADDICTIONS");
        provider.put("districtId", DISTRICT);
        provider.put("municipalityIds", List.of("lecco"));
        provider.put("contactChannel", "API");
        SportelloApi.Answer registered = untilLearned(() -> admin.post("/api/providers", provider));
        assertThat(registered.status()).as(registered.raw()).isEqualTo(201);
        assertThat(registered.json().get("responseDeadlineWorkingDays").asInt()).isEqualTo(10);

        SportelloApi intake = WholeSystem.as(system.intake, TestInfrastructure.tokenAt(List.of(SECRETARIAT),
                "operator-1", "OPERATOR"));
        SportelloApi office = WholeSystem.as(system.referral, TestInfrastructure.tokenAt(List.of(SECRETARIAT),
                "operator-1", "OPERATOR"));
        SportelloApi serd = WholeSystem.as(system.referral, TestInfrastructure.providerToken(PROVIDER, "serd-lecco-1"));
        Random random = new Random(11);
        List<String> referrals = new ArrayList<>();
        for (int i = 0; i < PEOPLE; i++) {
            UUID citizen = Contacts.registerCitizen(intake, random);
            // Intake learns the office from scheduling's topic a moment after its creation.
            SportelloApi.Answer contact = untilLearned(() -> Contacts.record(intake, citizen, SECRETARIAT,
                    Instant.now().minusSeconds(120)));
            assertThat(contact.status()).as(contact.raw()).isEqualTo(201);
            String caseId = contact.json().get("caseId").asString();
            // Referral learns the case from intake's topic.
            SportelloApi.Answer sent = untilLearned(() -> office.post("/api/referrals", referral(caseId, citizen)));
            assertThat(sent.status()).as(sent.raw()).isEqualTo(201);
            assertThat(sent.json().get("state").asString()).isEqualTo("SENT");
            assertThat(sent.json().get("dueBy").asString()).isNotBlank();
            referrals.add(sent.json().get("referralId").asString());
        }

        for (String id : referrals) {
            SportelloApi.Answer accepted = serd.post("/api/referrals/" + id + "/accept", Map.of("source", "API"));
            assertThat(accepted.status()).as(accepted.raw()).isEqualTo(200);
            assertThat(accepted.json().get("state").asString()).isEqualTo("ACCEPTED");
            // The provider's view: what the consent shares, never the case, the citizen or the consent.
            assertThat(accepted.json().has("caseId")).isFalse();
            assertThat(accepted.json().has("citizenId")).isFalse();
            assertThat(accepted.json().has("consent")).isFalse();
            assertThat(accepted.json().get("sharedContact").asString()).isEqualTo("tel. 0341 123456");
            SportelloApi.Answer completed = serd.post("/api/referrals/" + id + "/complete",
                    Map.of("outcome", "SERVICE_STARTED"));
            assertThat(completed.status()).as(completed.raw()).isEqualTo(200);
            assertThat(completed.json().get("state").asString()).isEqualTo("COMPLETED");
        }
        JsonNode seenByOffice = office.get("/api/referrals/" + referrals.get(0)).json();
        assertThat(seenByOffice.get("state").asString()).isEqualTo("COMPLETED");
        assertThat(seenByOffice.get("outcome").asString()).isEqualTo("SERVICE_STARTED");
        assertThat(seenByOffice.get("answer").get("source").asString()).isEqualTo("API");
        assertThat(seenByOffice.get("consent").get("witness").asString()).isEqualTo("Paolo Ferri, educatore");

        String month = YearMonth.now(ROME).toString();
        SportelloApi reporting = WholeSystem.as(system.reporting, TestInfrastructure.token("researcher-1", "RESEARCHER"));
        await().atMost(LEARNED_WITHIN).untilAsserted(() -> {
            JsonNode row = row(reporting.get("/api/reports/referrals?from=" + month + "&to=" + month
                    + "&serviceType=ADDICTIONS").json(), month, "serviceType", "ADDICTIONS");
            assertThat(row).as("the ADDICTIONS row of %s", month).isNotNull();
            assertThat(row.get("sent").asInt()).isEqualTo(PEOPLE);
            assertThat(row.get("accepted").asInt()).isEqualTo(PEOPLE);
            assertThat(row.get("completed").asInt()).isEqualTo(PEOPLE);
            assertThat(row.get("rejected").asInt()).isZero();
            assertThat(row.get("withdrawn").asInt()).isZero();
            assertThat(row.get("overdue").asInt()).isZero();
        });
        String csv = reporting.get("/api/reports/referrals?from=" + month + "&to=" + month, "text/csv").raw();
        assertThat(csv).contains(month).contains("ADDICTIONS");
    }

    @Test
    void aPartnerDeskSendsPeopleOnToTheSecretariatAndSeesOnlyTheStatus() {
        String deskToken = TestInfrastructure.tokenAt(List.of(DESK), "lecco-caritas-pv1", "PARTNER_DESK");
        SportelloApi deskAtIntake = WholeSystem.as(system.intake, deskToken);
        SportelloApi deskAtReferral = WholeSystem.as(system.referral, deskToken);
        SportelloApi secretariat = WholeSystem.as(system.referral, TestInfrastructure.tokenAt(List.of(SECRETARIAT),
                "lecco-centro-adm1", "OPERATOR"));
        List<String> deskReferrals = new ArrayList<>();
        String firstContact = null;
        for (int i = 0; i < PEOPLE; i++) {
            SportelloApi.Answer contact = untilLearned(() -> deskAtIntake.post("/api/contacts", orientation()));
            assertThat(contact.status()).as(contact.raw()).isEqualTo(201);
            String contactId = contact.json().get("contactId").asString();
            firstContact = firstContact == null ? contactId : firstContact;
            Map<String, Object> body = Map.of("fromOfficeId", DESK, "toOfficeId", SECRETARIAT, "contactId", contactId,
                    "reason", Map.of("userArea", "POVERTY_AND_ADULT_HARDSHIP", "categories", List.of("INCOME")));
            // Referral learns the desk's contact from intake's topic.
            SportelloApi.Answer sent = untilLearned(() -> deskAtReferral.post("/api/desk-referrals", body));
            assertThat(sent.status()).as(sent.raw()).isEqualTo(201);
            assertThat(sent.json().get("state").asString()).isEqualTo("SENT");
            deskReferrals.add(sent.json().get("deskReferralId").asString());
        }
        // The desk reads nothing at intake, not even the contact it recorded.
        assertThat(deskAtIntake.get("/api/contacts/" + firstContact).status()).isEqualTo(403);

        JsonNode incoming = secretariat.get("/api/offices/" + SECRETARIAT + "/incoming-desk-referrals").json();
        assertThat(incoming.findValuesAsString("deskReferralId")).containsAll(deskReferrals);
        for (String id : deskReferrals) {
            SportelloApi.Answer acknowledged = secretariat.post("/api/desk-referrals/" + id + "/acknowledge", Map.of());
            assertThat(acknowledged.status()).as(acknowledged.raw()).isEqualTo(200);
            assertThat(acknowledged.json().get("state").asString()).isEqualTo("ACKNOWLEDGED");
        }
        JsonNode status = deskAtReferral.get("/api/desk-referrals/" + deskReferrals.get(0)).json();
        assertThat(status.get("state").asString()).isEqualTo("ACKNOWLEDGED");
        List<String> fields = new ArrayList<>();
        status.propertyNames().forEach(fields::add);
        assertThat(fields).containsExactlyInAnyOrder("deskReferralId", "state", "sentAt", "acknowledgedAt");

        String month = YearMonth.now(ROME).toString();
        SportelloApi reporting = WholeSystem.as(system.reporting, TestInfrastructure.token("researcher-1", "RESEARCHER"));
        await().atMost(LEARNED_WITHIN).untilAsserted(() -> {
            JsonNode row = row(reporting.get("/api/reports/desk-referrals?from=" + month + "&to=" + month).json(),
                    month, "districtId", DISTRICT);
            assertThat(row).as("the %s row of %s", DISTRICT, month).isNotNull();
            assertThat(row.get("sent").asInt()).isEqualTo(PEOPLE);
            assertThat(row.get("acknowledged").asInt()).isEqualTo(PEOPLE);
        });
    }

    private static Map<String, Object> office(String id, String name, String kind, String partnerName) {
        Map<String, Object> body = new HashMap<>();
        body.put("officeId", id);
        body.put("municipalityId", "lecco");
        body.put("name", name);
        body.put("address", "Piazza Diaz 1, Lecco");
        body.put("kind", kind);
        body.put("partnerName", partnerName);
        return body;
    }

    private static Map<String, Object> referral(String caseId, UUID citizen) {
        Map<String, Object> consent = new LinkedHashMap<>();
        consent.put("givenBy", "CITIZEN");
        consent.put("givenAt", Instant.now().minusSeconds(60).toString());
        consent.put("form", "VERBAL_WITH_WITNESS");
        consent.put("witness", "Paolo Ferri, educatore");
        consent.put("shareScope", List.of("NEEDS", "CONTACT_DETAILS"));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("caseId", caseId);
        body.put("citizenId", citizen.toString());
        body.put("providerId", PROVIDER);
        body.put("fromOfficeId", SECRETARIAT);
        body.put("reason", Map.of("userArea", "ADDICTIONS", "categories", List.of("HEALTH")));
        body.put("consent", consent);
        body.put("sharedContact", "tel. 0341 123456");
        return body;
    }

    private static Map<String, Object> orientation() {
        Map<String, Object> body = new HashMap<>();
        body.put("citizenId", null);
        body.put("officeId", DESK);
        body.put("channel", "PARTNER_DESK");
        body.put("occurredAt", Instant.now().minusSeconds(120).toString());
        body.put("operators", List.of(Map.of("operatorId", "lecco-caritas-pv1", "role", "PARTNER_VOLUNTEER")));
        body.put("needs", List.of(Map.of("userArea", "POVERTY_AND_ADULT_HARDSHIP", "categories", List.of("INCOME"))));
        body.put("outcomes", List.of("ORIENTATION"));
        return body;
    }

    /**
     * Retries while the service answers 422: it has not yet learned, from Kafka, what the request
     * names. Any other answer (or a 422 still there after the wait) is returned for the test to judge.
     */
    private static SportelloApi.Answer untilLearned(Supplier<SportelloApi.Answer> call) {
        AtomicReference<SportelloApi.Answer> answer = new AtomicReference<>();
        try {
            await().atMost(LEARNED_WITHIN).pollInterval(Duration.ofMillis(250))
                    .until(() -> { answer.set(call.get()); return answer.get().status() != 422; });
        } catch (ConditionTimeoutException stillUnknown) {
            // The last 422 is the answer: the assertion that follows names what was not learned.
        }
        return answer.get();
    }

    private static JsonNode row(JsonNode report, String month, String key, String value) {
        for (JsonNode row : report.path("rows")) {
            if (row.path("month").asString().equals(month) && row.path(key).asString().equals(value)) {
                return row;
            }
        }
        return null;
    }

    private static void created(SportelloApi.Answer answer) {
        assertThat(answer.status()).as(answer.raw()).isEqualTo(201);
    }
}
