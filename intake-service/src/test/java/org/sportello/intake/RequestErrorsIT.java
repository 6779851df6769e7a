package org.sportello.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sportello.intake.IntakeRequests.anonymousContact;
import static org.sportello.intake.IntakeRequests.contactOf;
import static org.sportello.intake.IntakeRequests.with;
import static org.sportello.intake.citizen.CitizenFixture.aNewPerson;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;
import org.sportello.intake.IntakeApi.Response;
import org.sportello.intake.citizen.CitizenFixture.Person;
import org.sportello.testing.TestInfrastructure;

/**
 * Every refusal is a problem with a stable type and the offending field, and leaves the event
 * store as it was.
 */
class RequestErrorsIT extends RunningIntake {

    @Test
    void malformedJsonIsInvalidInputOfTheBody() {
        Response response = refused(() -> api.postJson("/api/contacts", "{\"officeId\": \"monza-san-rocco\",", IntakeApi.OPERATOR));

        assertProblem(response, 400, "invalid-input", "body");
    }

    @Test
    void numberForAnInstantIsInvalidInput() {
        Response response = refused(() -> api.post("/api/contacts", with(anonymousContact(), "occurredAt", 42)));

        assertProblem(response, 400, "invalid-input", "occurredAt");
    }

    @Test
    void textThatIsNoInstantIsInvalidInput() {
        Response response = refused(() -> api.post("/api/contacts", with(anonymousContact(), "occurredAt", "yesterday")));

        assertProblem(response, 400, "invalid-input", "occurredAt");
    }

    @Test
    void textThatIsNoDateIsInvalidInput() {
        Map<String, Object> registration = aNewPerson().registrationRequest();
        registration.put("birthDate", "x");

        Response response = refused(() -> api.post("/api/citizens", registration));

        assertProblem(response, 400, "invalid-input", "birthDate");
    }

    @Test
    void unknownChannelIsInvalidInput() {
        Response response = refused(() -> api.post("/api/contacts", with(anonymousContact(), "channel", "FAX")));

        assertProblem(response, 400, "invalid-input", "channel");
    }

    @Test
    void unknownOutcomeIsInvalidInputAtItsIndex() {
        Response response = refused(() -> api.post("/api/contacts", with(anonymousContact(), "outcomes", List.of("MAGIC"))));

        assertProblem(response, 400, "invalid-input", "outcomes[0]");
    }

    @Test
    void unknownUserAreaIsInvalidInputAtItsPath() {
        Map<String, Object> contact = with(anonymousContact(), "needs",
                List.of(Map.of("userArea", "X", "categories", List.of("HOUSING"))));

        Response response = refused(() -> api.post("/api/contacts", contact));

        assertProblem(response, 400, "invalid-input", "needs[0].userArea");
    }

    @Test
    void unknownFieldIsInvalidInput() {
        Response response = refused(() -> api.post("/api/contacts", with(anonymousContact(), "mood", "anxious")));

        assertProblem(response, 400, "invalid-input", "mood");
    }

    @Test
    void contactWithoutOperatorsIsInvalidInput() {
        Map<String, Object> contact = anonymousContact();
        contact.remove("operators");

        Response response = refused(() -> api.post("/api/contacts", contact));

        assertProblem(response, 400, "invalid-input", "operators");
    }

    @Test
    void contactWithoutOutcomesIsInvalidInput() {
        Response response = refused(() -> api.post("/api/contacts", with(anonymousContact(), "outcomes", List.of())));

        assertProblem(response, 400, "invalid-input", "outcomes");
    }

    @Test
    void operatorWithoutIdIsInvalidInputAtItsPath() {
        Map<String, Object> contact = with(anonymousContact(), "operators",
                List.of(Map.of("operatorId", " ", "role", "EDUCATOR")));

        Response response = refused(() -> api.post("/api/contacts", contact));

        assertProblem(response, 400, "invalid-input", "operators[0].operatorId");
    }

    @Test
    void sameOutcomeTwiceIsInvalidInput() {
        // The published ContactRecorded.v1 schema says each outcome at most once (uniqueItems).
        Response response = refused(() -> api.post("/api/contacts",
                with(anonymousContact(), "outcomes", List.of("ORIENTATION", "ORIENTATION"))));

        assertProblem(response, 400, "invalid-input", "outcomes");
    }

    @Test
    void registrationWithoutFirstNameIsInvalidInput() {
        Map<String, Object> registration = aNewPerson().registrationRequest();
        registration.remove("firstName");

        Response response = refused(() -> api.post("/api/citizens", registration));

        assertProblem(response, 400, "invalid-input", "firstName");
    }

    @Test
    void contactMoreThanFiveMinutesInTheFutureBreaksARule() {
        UUID citizenId = api.register(aNewPerson());
        String tooLate = Instant.now().plus(Duration.ofMinutes(6)).toString();

        Response response = refused(() -> api.post("/api/contacts", with(contactOf(citizenId), "occurredAt", tooLate)));

        assertProblem(response, 422, "contact-in-future", "occurredAt");
    }

    @Test
    void anonymousContactInTheFutureBreaksARule() {
        String tooLate = Instant.now().plus(Duration.ofMinutes(6)).toString();

        Response response = refused(() -> api.post("/api/contacts", with(anonymousContact(), "occurredAt", tooLate)));

        assertProblem(response, 422, "contact-in-future", "occurredAt");
    }

    @Test
    void contactOfAnUnknownCitizenIsNotFound() {
        Response response = refused(() -> api.post("/api/contacts", contactOf(UUID.randomUUID())));

        assertProblem(response, 404, "citizen-not-found", "citizenId");
    }

    @Test
    void unknownCitizenIsNotFound() {
        assertProblem(api.get("/api/citizens/" + UUID.randomUUID()), 404, "citizen-not-found", "citizenId");
    }

    @Test
    void unknownCaseIsNotFound() {
        assertProblem(api.get("/api/cases/" + UUID.randomUUID()), 404, "case-not-found", "caseId");
    }

    @Test
    void takingAnUnknownCaseInChargeIsNotFound() {
        Response response = refused(() -> api.takeInCharge(UUID.randomUUID(), IntakeApi.OPERATOR_ID));

        assertProblem(response, 404, "case-not-found", "caseId");
    }

    @Test
    void unknownContactIsNotFound() {
        assertProblem(api.get("/api/contacts/" + UUID.randomUUID()), 404, "contact-not-found", "contactId");
    }

    @Test
    void malformedFiscalCodeIsInvalid() {
        Person person = aNewPerson();
        String wrongCheckCharacter = person.fiscalCode().substring(0, 15)
                + (person.fiscalCode().charAt(15) == 'A' ? 'B' : 'A');

        Response response = refused(() -> api.post("/api/citizens",
                person.withFiscalCode(wrongCheckCharacter).registrationRequest()));

        assertProblem(response, 400, "invalid-fiscal-code", "fiscalCode");
        assertThat(response.body()).doesNotContain(wrongCheckCharacter);
    }

    @Test
    void fiscalCodeContradictingTheBirthDateBreaksARule() {
        Person person = aNewPerson();

        Response response = refused(() -> api.post("/api/citizens",
                person.withBirthDate(person.birthDate().plusDays(1)).registrationRequest()));

        assertProblem(response, 422, "fiscal-code-mismatch", "birthDate");
    }

    @Test
    void officeIdThatIsNoSlugIsInvalid() {
        Response response = refused(() -> api.post("/api/contacts", with(anonymousContact(), "officeId", "Monza San Rocco")));

        assertProblem(response, 400, "invalid-input", "officeId");
    }

    @Test
    void closedCaseCannotBeTakenInCharge() {
        UUID caseId = api.recordContact(contactOf(api.register(aNewPerson()))).caseId();
        api.closeCase(caseId, "CITIZEN_WITHDREW");

        Response response = refused(() -> api.takeInCharge(caseId, IntakeApi.OPERATOR_ID));

        assertProblem(response, 409, "case-already-closed");
    }

    @Test
    void caseInChargeCannotBeTakenInChargeAgain() {
        UUID caseId = api.recordContact(contactOf(api.register(aNewPerson()))).caseId();
        api.takeInCharge(caseId, IntakeApi.OPERATOR_ID);

        // Another operator, taking charge themselves: only the rule about the case can refuse them.
        Response response = refused(() -> api.postJson("/api/cases/" + caseId + "/take-in-charge", "{}",
                TestInfrastructure.token("op-0288", "OPERATOR")));

        assertProblem(response, 409, "case-already-in-charge");
    }

    @Test
    void closedCaseCannotBeClosedAgain() {
        UUID caseId = api.recordContact(contactOf(api.register(aNewPerson()))).caseId();
        api.closeCase(caseId, "NEED_MET");

        Response response = refused(() -> api.closeCase(caseId, "OTHER"));

        assertProblem(response, 409, "case-already-closed");
    }

    @Test
    void unknownClosureReasonIsInvalidInput() {
        UUID caseId = api.recordContact(contactOf(api.register(aNewPerson()))).caseId();

        Response response = refused(() -> api.closeCase(caseId, "BORED"));

        assertProblem(response, 400, "invalid-input", "reason");
    }

    @Test
    void caseIdThatIsNoUuidIsInvalidInput() {
        assertProblem(api.get("/api/cases/not-a-uuid"), 400, "invalid-input", "caseId");
    }

    @Test
    void caseIdThatIsNoUuidIsInvalidInputOnTakeInCharge() {
        Response response = refused(() -> api.post("/api/cases/not-a-uuid/take-in-charge", Map.of("operatorId", "op-0173")));

        assertProblem(response, 400, "invalid-input", "caseId");
    }

    /** Sends a request that must be refused, and checks that it wrote no event. */
    private Response refused(Supplier<Response> request) {
        long before = storedEvents();
        Response response = request.get();
        assertThat(storedEvents()).as("events written by a refused request: " + response.body()).isEqualTo(before);
        return response;
    }
}
