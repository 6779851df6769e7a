package org.sportello.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sportello.intake.IntakeRequests.anonymousContact;
import static org.sportello.intake.IntakeRequests.with;
import static org.sportello.intake.citizen.CitizenFixture.aNewPerson;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.sportello.intake.IntakeApi.Response;
import org.sportello.intake.citizen.CitizenFixture.Person;

/**
 * The limits the OpenAPI document states that go beyond the platform's own checks are the
 * server's: names are one line, notes may have line breaks, a fiscal code as typed has a few blanks
 * at most, and a problem lists no more errors than its schema allows.
 */
class DocumentedLimitsIT extends RunningIntake {

    @Test
    void aNameIsOneLine() {
        Map<String, Object> registration = aNewPerson().registrationRequest();
        registration.put("firstName", "Mario\tLuigi");

        assertProblem(api.post("/api/citizens", registration), 400, "invalid-input", "firstName");
    }

    @Test
    void aMunicipalityIsOneLine() {
        Map<String, Object> registration = aNewPerson().registrationRequest();
        registration.put("municipalityOfResidence", "Monza\nBrianza");

        assertProblem(api.post("/api/citizens", registration), 400, "invalid-input", "municipalityOfResidence");
    }

    @Test
    void notesMayRunOverSeveralLinesWithTabs() {
        Response response = api.post("/api/contacts",
                with(anonymousContact(), "notes", "Rent:\t800 EUR\r\nAsked about the housing fund."));

        assertThat(response.status()).as(response.body()).isEqualTo(201);
    }

    @Test
    void aFiscalCodeAsTypedMayHaveAFewBlanksAroundItButNoMore() {
        Person person = aNewPerson();
        Map<String, Object> registration = person.withFiscalCode(" ".repeat(9) + person.fiscalCode()).registrationRequest();

        assertProblem(api.post("/api/citizens", registration), 400, "invalid-input", "fiscalCode");
    }

    @Test
    void aFiscalCodeWithOtherThanLettersAndDigitsIsInvalidInput() {
        Person person = aNewPerson();
        Map<String, Object> registration = person.withFiscalCode(person.fiscalCode().substring(0, 15) + "-")
                .registrationRequest();

        assertProblem(api.post("/api/citizens", registration), 400, "invalid-input", "fiscalCode");
    }

    @Test
    void aProblemListsAtMostOneHundredErrorsAndSaysHowManyThereWere() {
        List<Map<String, Object>> operators = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            operators.add(Map.of("operatorId", "", "role", "SOCIAL_WORKER"));
        }

        Response response = api.post("/api/contacts", with(anonymousContact(), "operators", operators));

        assertProblem(response, 400, "invalid-input");
        assertThat(response.json().path("errors").size()).isEqualTo(100);
        assertThat(response.json().path("detail").asString()).endsWith("fields are invalid; errors lists the first 100");
    }
}
