package org.sportello.intake.citizen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sportello.intake.citizen.CitizenFixture.aNewPerson;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.sportello.intake.IntakeApi;
import org.sportello.intake.IntakeApi.Response;
import org.sportello.intake.IntakeRequests;
import org.sportello.intake.RunningIntake;
import org.sportello.intake.citizen.CitizenFixture.Person;

import tools.jackson.databind.JsonNode;

class CitizenRegistrationIT extends RunningIntake {

    @Test
    void registeringAPersonAnswersCreatedWithTheCitizensLocationAndId() {
        Response response = api.post("/api/citizens", aNewPerson().registrationRequest());

        assertThat(response.status()).as(response.body()).isEqualTo(201);
        UUID citizenId = UUID.fromString(response.json().path("citizenId").asString());
        assertThat(response.location()).endsWith("/api/citizens/" + citizenId);
        assertThat(storedEvents(CitizenRegistered.class, citizenId)).isEqualTo(1);
    }

    @Test
    void registeredCitizenReadsBackWithoutAnOpenCase() {
        Person person = aNewPerson();
        UUID citizenId = api.register(person);

        Response response = api.get("/api/citizens/" + citizenId);

        assertThat(response.status()).as(response.body()).isEqualTo(200);
        JsonNode citizen = response.json();
        assertThat(citizen.path("citizenId").asString()).isEqualTo(citizenId.toString());
        assertThat(citizen.path("fiscalCode").asString()).isEqualTo(person.fiscalCode());
        assertThat(citizen.path("firstName").asString()).isEqualTo(person.firstName());
        assertThat(citizen.path("lastName").asString()).isEqualTo(person.lastName());
        assertThat(citizen.path("birthDate").asString()).isEqualTo(person.birthDate().toString());
        assertThat(citizen.path("sex").asString()).isEqualTo(person.sex().name());
        assertThat(citizen.path("phone").asString()).isEqualTo(person.phone());
        assertThat(citizen.path("email").asString()).isEqualTo(person.email());
        assertThat(citizen.path("openCaseId").isNull()).as(response.body()).isTrue();
    }

    @Test
    void citizenRecordShowsTheCaseOpenedByTheirFirstContact() {
        UUID citizenId = api.register(aNewPerson());
        IntakeApi.Recorded contact = api.recordContact(IntakeRequests.contactOf(citizenId));

        JsonNode citizen = api.get("/api/citizens/" + citizenId).json();

        assertThat(citizen.path("openCaseId").asString()).isEqualTo(contact.caseId().toString());
    }

    @Test
    void readingACitizensRecordIsLoggedWithTheOperator() {
        UUID citizenId = api.register(aNewPerson());

        api.get("/api/citizens/" + citizenId);

        assertThat(jdbc.sql("SELECT operator_id FROM personal_data_read WHERE subject_id = ?")
                .param(citizenId).query(String.class).list()).containsExactly(IntakeApi.OPERATOR_ID);
    }

    @Test
    void sameFiscalCodeTwiceIsAConflictNamingTheCitizenAlreadyRegistered() {
        Person person = aNewPerson();
        UUID existing = api.register(person);
        long eventsBefore = storedEvents();

        Response response = api.post("/api/citizens", person.registrationRequest());

        assertProblem(response, 409, "citizen-already-registered", "fiscalCode");
        assertThat(response.json().path("citizenId").asString()).isEqualTo(existing.toString());
        assertThat(storedEvents()).isEqualTo(eventsBefore);
    }

    @Test
    void conflictIsLoggedAsAReadOfTheHoldersDataByTheOperatorThoughNothingIsRegistered() {
        Person person = aNewPerson();
        UUID existing = api.register(person);
        long eventsBefore = storedEvents();

        assertProblem(api.post("/api/citizens", person.registrationRequest()), 409, "citizen-already-registered");

        assertThat(storedEvents()).as("the refused registration rolled back").isEqualTo(eventsBefore);
        assertThat(jdbc.sql("SELECT operator_id, what FROM personal_data_read WHERE subject_id = ?")
                .param(existing).query((rs, n) -> rs.getString(1) + " / " + rs.getString(2)).list())
                .containsExactly(IntakeApi.OPERATOR_ID + " / fiscal code conflict");
    }

    @Test
    void takenCodeWithAnotherBirthDateIsAMismatchThatNamesNoCitizen() {
        Person person = aNewPerson();
        UUID existing = api.register(person);

        Response response = api.post("/api/citizens", person.withBirthDate(person.birthDate().plusDays(1)).registrationRequest());

        assertProblem(response, 422, "fiscal-code-mismatch", "birthDate");
        assertThat(response.body()).doesNotContain(existing.toString());
        assertThat(readsOf(existing)).isZero();
    }

    @Test
    void takenCodeWithAnotherSexIsAMismatchThatNamesNoCitizen() {
        Person person = aNewPerson();
        UUID existing = api.register(person);

        Response response = api.post("/api/citizens",
                person.withSex(person.sex() == Sex.F ? Sex.M : Sex.F).registrationRequest());

        assertProblem(response, 422, "fiscal-code-mismatch", "sex");
        assertThat(response.body()).doesNotContain(existing.toString());
        assertThat(readsOf(existing)).isZero();
    }

    @Test
    void fiscalCodeTypedInLowerCaseIsTheSameCode() {
        Person person = aNewPerson();
        UUID existing = api.register(person);

        Response response = api.post("/api/citizens",
                person.withFiscalCode(" " + person.fiscalCode().toLowerCase() + " ").registrationRequest());

        assertProblem(response, 409, "citizen-already-registered", "fiscalCode");
        assertThat(response.json().path("citizenId").asString()).isEqualTo(existing.toString());
    }

    @Test
    void concurrentRegistrationsOfOneFiscalCodeRegisterOneCitizen() throws Exception {
        Person person = aNewPerson();
        int attempts = 8;
        long registeredBefore = storedEvents(CitizenRegistered.class);
        List<Response> responses = concurrently(attempts,
                () -> api.post("/api/citizens", person.registrationRequest()));

        List<Response> created = responses.stream().filter(r -> r.status() == 201).toList();
        List<Response> conflicts = responses.stream().filter(r -> r.status() == 409).toList();
        assertThat(created).as(responses.toString()).hasSize(1);
        assertThat(conflicts).as(responses.toString()).hasSize(attempts - 1);
        String winner = created.get(0).json().path("citizenId").asString();
        Set<String> named = conflicts.stream().map(r -> r.json().path("citizenId").asString()).collect(Collectors.toSet());
        assertThat(named).containsExactly(winner);
        assertThat(storedEvents(CitizenRegistered.class)).isEqualTo(registeredBefore + 1);
        assertThat(storedEvents(CitizenRegistered.class, winner)).isEqualTo(1);
    }

    @Test
    void refusedRegistrationLeavesTheFiscalCodeFreeForTheRightPerson() {
        Person person = aNewPerson();
        assertProblem(api.post("/api/citizens", person.withBirthDate(person.birthDate().minusYears(1)).registrationRequest()),
                422, "fiscal-code-mismatch", "birthDate");

        Response corrected = api.post("/api/citizens", person.registrationRequest());

        assertThat(corrected.status()).as(corrected.body()).isEqualTo(201);
    }

    private long readsOf(UUID citizenId) {
        return jdbc.sql("SELECT count(*) FROM personal_data_read WHERE subject_id = ?").param(citizenId)
                .query(Long.class).single();
    }
}
