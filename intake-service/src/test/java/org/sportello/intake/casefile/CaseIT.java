package org.sportello.intake.casefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sportello.intake.IntakeRequests.contactOf;
import static org.sportello.intake.IntakeRequests.with;
import static org.sportello.intake.citizen.CitizenFixture.aNewPerson;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.sportello.intake.IntakeApi;
import org.sportello.intake.IntakeApi.Recorded;
import org.sportello.intake.IntakeApi.Response;
import org.sportello.intake.RunningIntake;
import org.sportello.testing.TestInfrastructure;

import tools.jackson.databind.JsonNode;

class CaseIT extends RunningIntake {

    private static final String ADMIN = TestInfrastructure.token("admin-0007", "ADMIN");

    @Test
    void openedCaseShowsItsCitizenOfficeAndState() {
        UUID citizenId = api.register(aNewPerson());
        Recorded contact = api.recordContact(contactOf(citizenId));

        JsonNode file = api.get("/api/cases/" + contact.caseId()).json();

        assertThat(file.path("caseId").asString()).isEqualTo(contact.caseId().toString());
        assertThat(file.path("citizenId").asString()).isEqualTo(citizenId.toString());
        assertThat(file.path("officeId").asString()).isEqualTo("monza-san-rocco");
        assertThat(file.path("state").asString()).isEqualTo("OPEN");
    }

    @Test
    void operatorWhoTakesChargeIsTheCallerAndTheCaseShowsWhen() {
        UUID caseId = api.recordContact(contactOf(api.register(aNewPerson()))).caseId();
        Instant before = Instant.now().truncatedTo(ChronoUnit.SECONDS);

        Response response = api.postJson("/api/cases/" + caseId + "/take-in-charge", "{}", IntakeApi.OPERATOR);

        assertThat(response.status()).as(response.body()).isEqualTo(200);
        assertThat(response.json().path("operatorId").asString()).isEqualTo(IntakeApi.OPERATOR_ID);
        JsonNode file = api.get("/api/cases/" + caseId).json();
        assertThat(file.path("state").asString()).isEqualTo("IN_CHARGE");
        assertThat(file.path("takenInChargeBy").asString()).isEqualTo(IntakeApi.OPERATOR_ID);
        assertThat(Instant.parse(file.path("takenInChargeAt").asString())).isAfterOrEqualTo(before);
    }

    @Test
    void takeInChargeWithoutABodyIsTheCallerTakingCharge() {
        UUID caseId = api.recordContact(contactOf(api.register(aNewPerson()))).caseId();

        Response response = api.postJson("/api/cases/" + caseId + "/take-in-charge", "", IntakeApi.OPERATOR);

        assertThat(response.status()).as(response.body()).isEqualTo(200);
        assertThat(api.get("/api/cases/" + caseId).json().path("takenInChargeBy").asString())
                .isEqualTo(IntakeApi.OPERATOR_ID);
    }

    @Test
    void operatorMayNameThemselves() {
        UUID caseId = api.recordContact(contactOf(api.register(aNewPerson()))).caseId();

        Response response = api.takeInCharge(caseId, IntakeApi.OPERATOR_ID);

        assertThat(response.status()).as(response.body()).isEqualTo(200);
        assertThat(response.json().path("operatorId").asString()).isEqualTo(IntakeApi.OPERATOR_ID);
    }

    @Test
    void adminPutsACaseInTheChargeOfAnOperator() {
        UUID caseId = api.recordContact(contactOf(api.register(aNewPerson()))).caseId();

        Response response = api.postJson("/api/cases/" + caseId + "/take-in-charge",
                "{\"operatorId\": \"op-0288\"}", ADMIN);

        assertThat(response.status()).as(response.body()).isEqualTo(200);
        assertThat(response.json().path("operatorId").asString()).isEqualTo("op-0288");
        assertThat(api.get("/api/cases/" + caseId).json().path("takenInChargeBy").asString()).isEqualTo("op-0288");
    }

    @Test
    void operatorCannotPutACaseInTheChargeOfSomeoneElse() {
        UUID caseId = api.recordContact(contactOf(api.register(aNewPerson()))).caseId();
        long before = storedEvents();

        Response response = api.takeInCharge(caseId, "op-0288");

        assertProblem(response, 422, "only-admins-assign-cases", "operatorId");
        assertThat(storedEvents()).isEqualTo(before);
        assertThat(api.get("/api/cases/" + caseId).json().path("state").asString()).isEqualTo("OPEN");
    }

    @Test
    void operatorIdOfTheWrongShapeIsInvalidInput() {
        UUID caseId = api.recordContact(contactOf(api.register(aNewPerson()))).caseId();

        assertProblem(api.takeInCharge(caseId, "op 0288; drop"), 400, "invalid-input", "operatorId");
        assertProblem(api.postJson("/api/cases/" + caseId + "/take-in-charge",
                "{\"operatorId\": \"" + "o".repeat(65) + "\"}", ADMIN), 400, "invalid-input", "operatorId");
    }

    @Test
    void answersToTakeInChargeAndCloseCarryIdsAndStateButNoNotes() {
        UUID caseId = api.recordContact(contactOf(api.register(aNewPerson()))).caseId();

        Response inCharge = api.takeInCharge(caseId, IntakeApi.OPERATOR_ID);
        Response closed = api.closeCase(caseId, "NEED_MET");

        assertThat(inCharge.json().propertyNames()).containsExactlyInAnyOrder("caseId", "state", "operatorId");
        assertThat(inCharge.json().path("caseId").asString()).isEqualTo(caseId.toString());
        assertThat(inCharge.json().path("state").asString()).isEqualTo("IN_CHARGE");
        assertThat(closed.json().propertyNames()).containsExactlyInAnyOrder("caseId", "state");
        assertThat(closed.json().path("caseId").asString()).isEqualTo(caseId.toString());
        assertThat(closed.json().path("state").asString()).isEqualTo("CLOSED");
        assertThat(inCharge.body() + closed.body()).doesNotContain("housing fund");
    }

    @Test
    void caseListsItsContactsInTheOrderTheyHappened() {
        UUID citizenId = api.register(aNewPerson());
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        Recorded later = api.recordContact(with(contactOf(citizenId), "occurredAt", now.minus(1, ChronoUnit.HOURS).toString()));
        Recorded earlier = api.recordContact(with(contactOf(citizenId), "occurredAt", now.minus(3, ChronoUnit.HOURS).toString()));
        Recorded latest = api.recordContact(with(contactOf(citizenId), "occurredAt", now.minus(10, ChronoUnit.MINUTES).toString()));

        JsonNode contacts = api.get("/api/cases/" + later.caseId()).json().path("contacts");

        assertThat(contacts.values()).extracting(c -> c.path("contactId").asString())
                .containsExactly(earlier.contactId().toString(), later.contactId().toString(),
                        latest.contactId().toString());
    }

    @Test
    void closedCaseShowsReasonAndWhoClosedIt() {
        UUID citizenId = api.register(aNewPerson());
        UUID caseId = api.recordContact(contactOf(citizenId)).caseId();

        Response response = api.closeCase(caseId, "NEED_MET");

        assertThat(response.status()).as(response.body()).isEqualTo(200);
        JsonNode file = api.get("/api/cases/" + caseId).json();
        assertThat(file.path("state").asString()).isEqualTo("CLOSED");
        assertThat(file.path("closureReason").asString()).isEqualTo("NEED_MET");
        assertThat(file.path("closedBy").asString()).isEqualTo(IntakeApi.OPERATOR_ID);
        assertThat(api.get("/api/citizens/" + citizenId).json().path("openCaseId").isNull()).isTrue();
        assertThat(jdbc.sql("SELECT count(*) FROM open_case_claim WHERE citizen_id = ?").param(citizenId)
                .query(Long.class).single()).as("the closed case's claim").isZero();
    }

    @Test
    void readingACaseOrAContactIsLoggedAsAReadOfTheCitizensData() {
        UUID citizenId = api.register(aNewPerson());
        Recorded contact = api.recordContact(contactOf(citizenId));

        api.get("/api/cases/" + contact.caseId());
        api.get("/api/contacts/" + contact.contactId());

        assertThat(jdbc.sql("SELECT what FROM personal_data_read WHERE subject_id = ? ORDER BY id")
                .param(citizenId).query(String.class).list())
                .containsExactly("case " + contact.caseId(), "contact " + contact.contactId());
    }
}
