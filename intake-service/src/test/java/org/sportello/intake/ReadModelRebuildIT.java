package org.sportello.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.sportello.intake.IntakeRequests.anonymousContact;
import static org.sportello.intake.IntakeRequests.contactOf;
import static org.sportello.intake.citizen.CitizenFixture.aNewPerson;

import java.sql.Connection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.sportello.intake.IntakeApi.Recorded;
import org.sportello.intake.IntakeApi.Response;
import org.sportello.intake.citizen.CitizenFixture;
import org.sportello.intake.contact.ContactRecorded;
import org.springframework.beans.factory.annotation.Autowired;

import tools.jackson.databind.JsonNode;

/**
 * An administrator rebuilds intake's read models (citizens, cases, contacts) from the event store,
 * and operators read exactly what they read before.
 */
class ReadModelRebuildIT extends RunningIntake {

    private static final String REBUILD = "/api/admin/read-models/intake-projections/rebuild";

    @Autowired
    private DataSource dataSource;

    @Test
    void rebuiltReadModelsAnswerExactlyWhatTheyAnsweredBefore() {
        List<String> reads = recordAFewMonthsOfWork();
        Map<String, String> before = answers(reads);

        Response rebuild = api.postJson(REBUILD, "", IntakeApi.ADMIN);

        assertThat(rebuild.status()).as(rebuild.body()).isEqualTo(200);
        assertThat(rebuild.json().path("readModel").asString()).isEqualTo("intake-projections");
        assertThat(rebuild.json().path("completion").asString()).isEqualTo("COMPLETED");
        assertThat(rebuild.json().path("eventsReplayed").asLong()).isEqualTo(storedEvents());
        assertThat(answers(reads)).isEqualTo(before);
    }

    @Test
    void rebuildReplacesRowsThatNoEventExplains() {
        UUID citizenId = api.register(aNewPerson());
        UUID caseId = api.recordContact(contactOf(citizenId)).caseId();
        // A projection bug, say, left a wrong state behind.
        jdbc.sql("UPDATE case_file SET state = 'CLOSED' WHERE case_id = ?").param(caseId).update();

        api.postJson(REBUILD, "", IntakeApi.ADMIN);

        assertThat(api.get("/api/cases/" + caseId).json().path("state").asString()).isEqualTo("OPEN");
    }

    @Test
    void commandsSentDuringARebuildWaitForItAndAreAllInTheRebuiltReadModel() throws Exception {
        recordAFewMonthsOfWork();
        List<UUID> citizens = List.of(api.register(aNewPerson()), api.register(aNewPerson()), api.register(aNewPerson()));

        AtomicInteger caller = new AtomicInteger();
        List<Object> answers = concurrently(4, () -> {
            int mine = caller.getAndIncrement();
            return mine == 0 ? api.postJson(REBUILD, "", IntakeApi.ADMIN)
                    : api.recordContact(contactOf(citizens.get(mine - 1)));
        });

        Response rebuild = (Response) answers.stream().filter(Response.class::isInstance).findFirst().orElseThrow();
        assertThat(rebuild.status()).as(rebuild.body()).isEqualTo(200);
        for (Object answer : answers) {
            if (answer instanceof Recorded recorded) {
                assertThat(api.get("/api/contacts/" + recorded.contactId()).status()).isEqualTo(200);
                assertThat(api.get("/api/cases/" + recorded.caseId()).json().path("contacts").size()).isEqualTo(1);
            }
        }
        long contactRows = jdbc.sql("SELECT count(*) FROM contact").query(Long.class).single();
        assertThat(contactRows).isEqualTo(storedEvents(ContactRecorded.class));
    }

    @Test
    void rebuildWaitsForACommandStillInProgressInsteadOfInterleavingWithIt() throws Exception {
        try (Connection command = dataSource.getConnection()) {
            // What a contact's transaction holds between its first write and its commit.
            command.setAutoCommit(false);
            command.createStatement().execute("LOCK TABLE contact IN ROW EXCLUSIVE MODE");

            CompletableFuture<Response> rebuild = CompletableFuture.supplyAsync(() -> api.postJson(REBUILD, "", IntakeApi.ADMIN));

            await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(3)).until(() -> !rebuild.isDone());
            command.rollback();
            Response answer = rebuild.get(30, TimeUnit.SECONDS);
            assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        }
    }

    @Test
    void claimsAndTheLogOfPersonalDataReadsAreNotReadModelsAndSurviveARebuild() {
        CitizenFixture.Person person = aNewPerson();
        UUID citizenId = api.register(person);
        api.get("/api/citizens/" + citizenId);
        long readsLogged = jdbc.sql("SELECT count(*) FROM personal_data_read").query(Long.class).single();

        api.postJson(REBUILD, "", IntakeApi.ADMIN);

        assertThat(jdbc.sql("SELECT count(*) FROM personal_data_read").query(Long.class).single()).isEqualTo(readsLogged);
        assertProblem(api.post("/api/citizens", person.registrationRequest()), 409, "citizen-already-registered",
                "fiscalCode");
    }

    @Test
    void administratorListsTheReadModels() {
        Response response = api.get("/api/admin/read-models", IntakeApi.ADMIN);

        assertThat(response.status()).as(response.body()).isEqualTo(200);
        // Intake's own registers, and what it knows of scheduling's offices and appointments (from Kafka).
        assertThat(response.json().values()).extracting(JsonNode::asString)
                .containsExactly("intake-projections", "known-appointments", "known-offices");
    }

    @Test
    void operatorIsForbiddenTheAdministration() {
        long before = storedEvents();

        assertProblem(api.postJson(REBUILD, "", IntakeApi.OPERATOR), 403, "forbidden");
        assertProblem(api.get("/api/admin/read-models", IntakeApi.OPERATOR), 403, "forbidden");
        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void rebuildingAReadModelThisServiceDoesNotHaveIsNotFound() {
        assertProblem(api.postJson("/api/admin/read-models/monthly-users/rebuild", "", IntakeApi.ADMIN),
                404, "unknown-read-model");
    }

    /**
     * Two citizens, one with a case that was taken in charge, closed, and opened again by a later
     * contact; an anonymous contact. Returns the paths of everything an operator can read about it.
     */
    private List<String> recordAFewMonthsOfWork() {
        UUID anna = api.register(aNewPerson());
        UUID bruno = api.register(aNewPerson());
        Recorded first = api.recordContact(contactOf(anna));
        Recorded second = api.recordContact(contactOf(anna));
        assertThat(api.takeInCharge(first.caseId(), IntakeApi.OPERATOR_ID).status()).isEqualTo(200);
        assertThat(api.closeCase(first.caseId(), "NEED_MET").status()).isEqualTo(200);
        Recorded reopened = api.recordContact(contactOf(anna));
        Recorded brunos = api.recordContact(contactOf(bruno));
        Recorded anonymous = api.recordContact(anonymousContact());

        List<String> paths = new ArrayList<>(List.of("/api/citizens/" + anna, "/api/citizens/" + bruno));
        for (Recorded contact : List.of(first, second, reopened, brunos, anonymous)) {
            paths.add("/api/contacts/" + contact.contactId());
            if (contact.caseId() != null) {
                paths.add("/api/cases/" + contact.caseId());
            }
        }
        return paths;
    }

    /** Status and body of each GET, as an operator reads them. */
    private Map<String, String> answers(List<String> paths) {
        Map<String, String> answers = new LinkedHashMap<>();
        for (String path : paths) {
            Response response = api.get(path);
            assertThat(response.status()).as("%s: %s", path, response.body()).isEqualTo(200);
            answers.put(path, response.body());
        }
        return answers;
    }
}
