package org.sportello.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sportello.intake.IntakeRequests.anonymousContact;
import static org.sportello.intake.IntakeRequests.contactOf;
import static org.sportello.intake.IntakeRequests.with;
import static org.sportello.intake.citizen.CitizenFixture.aNewPerson;
import static org.sportello.intake.citizen.CitizenFixture.aNewPersonBornOn;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.sportello.intake.IntakeApi.Response;

/**
 * What a request may carry: bounded strings and lists, ids of one shape, codes each at most once,
 * times and dates a person could mean, and never the stand-in for retired codes. Each refusal is a
 * 400 that names the field and writes no event.
 */
class RequestLimitsIT extends RunningIntake {

    // Registration

    @Test
    void fiscalCodeLongerThanSixteenCharactersIsInvalidInput() {
        Map<String, Object> registration = aNewPerson().registrationRequest();
        registration.put("fiscalCode", registration.get("fiscalCode") + "X");

        assertProblem(refused(() -> api.post("/api/citizens", registration)), 400, "invalid-input", "fiscalCode");
    }

    @Test
    void nameLongerThanAHundredCharactersIsInvalidInput() {
        Map<String, Object> registration = aNewPerson().registrationRequest();
        registration.put("lastName", "Z".repeat(101));

        assertProblem(refused(() -> api.post("/api/citizens", registration)), 400, "invalid-input", "lastName");
    }

    @Test
    void birthDateBefore1900IsInvalidInput() {
        Map<String, Object> registration = aNewPerson().registrationRequest();
        registration.put("birthDate", "1899-12-31");

        assertProblem(refused(() -> api.post("/api/citizens", registration)), 400, "invalid-input", "birthDate");
    }

    @Test
    void birthDateAfterTodayIsInvalidInput() {
        Map<String, Object> registration = aNewPerson().registrationRequest();
        registration.put("birthDate", LocalDate.now().plusDays(1).toString());

        assertProblem(refused(() -> api.post("/api/citizens", registration)), 400, "invalid-input", "birthDate");
    }

    @Test
    void personBornOnTheFirstDayOf1900IsRegistered() {
        Response response = api.post("/api/citizens", aNewPersonBornOn(LocalDate.of(1900, 1, 1)).registrationRequest());

        assertThat(response.status()).as(response.body()).isEqualTo(201);
    }

    // Contacts: ids and text

    @Test
    void officeIdLongerThan64CharactersIsInvalidInput() {
        String longSlug = "monza-" + "a".repeat(59);

        assertProblem(refused(() -> api.post("/api/contacts", with(anonymousContact(), "officeId", longSlug))),
                400, "invalid-input", "officeId");
    }

    @Test
    void officeIdReservedForReportsIsInvalid() {
        assertProblem(refused(() -> api.post("/api/contacts", with(anonymousContact(), "officeId", "all"))),
                400, "invalid-office-id", "officeId");
    }

    @Test
    void operatorIdWithASpaceIsInvalidInputAtItsPath() {
        Map<String, Object> contact = with(anonymousContact(), "operators",
                List.of(Map.of("operatorId", "Anna Rossi", "role", "EDUCATOR")));

        assertProblem(refused(() -> api.post("/api/contacts", contact)), 400, "invalid-input", "operators[0].operatorId");
    }

    @Test
    void operatorIdLongerThan64CharactersIsInvalidInputAtItsPath() {
        Map<String, Object> contact = with(anonymousContact(), "operators",
                List.of(Map.of("operatorId", "op-" + "0".repeat(62), "role", "EDUCATOR")));

        assertProblem(refused(() -> api.post("/api/contacts", contact)), 400, "invalid-input", "operators[0].operatorId");
    }

    @Test
    void notesLongerThan4000CharactersAreInvalidInput() {
        assertProblem(refused(() -> api.post("/api/contacts", with(anonymousContact(), "notes", "n".repeat(4001)))),
                400, "invalid-input", "notes");
    }

    // Contacts: lists

    @Test
    void moreThanTenOperatorsAreInvalidInput() {
        List<Map<String, String>> operators = IntStream.rangeClosed(1, 11)
                .mapToObj(i -> Map.of("operatorId", "op-" + i, "role", "SOCIAL_WORKER")).toList();

        assertProblem(refused(() -> api.post("/api/contacts", with(anonymousContact(), "operators", operators))),
                400, "invalid-input", "operators");
    }

    @Test
    void moreNeedsThanUserAreasAreInvalidInput() {
        List<Map<String, Object>> needs = Collections.nCopies(8,
                Map.of("userArea", "ELDERLY", "categories", List.of("HEALTH")));

        assertProblem(refused(() -> api.post("/api/contacts", with(anonymousContact(), "needs", needs))),
                400, "invalid-input", "needs");
    }

    @Test
    void moreOutcomesThanThereAreIsInvalidInput() {
        List<String> outcomes = new ArrayList<>(List.of("INFORMATION_GIVEN", "ORIENTATION", "SHORT_SUPPORT_PATH",
                "APPOINTMENT_PROPOSED", "REFERRAL", "ECONOMIC_SUPPORT_REQUESTED", "DOCUMENTS_REQUESTED",
                "ELIGIBILITY_CHECK", "NOT_ELIGIBLE", "TAKEN_IN_CHARGE", "NO_FURTHER_ACTION"));
        outcomes.add("ORIENTATION");

        assertProblem(refused(() -> api.post("/api/contacts", with(anonymousContact(), "outcomes", outcomes))),
                400, "invalid-input", "outcomes");
    }

    @Test
    void sameCategoryTwiceInANeedIsInvalidInputAtItsPath() {
        List<Map<String, Object>> needs = List.of(
                Map.of("userArea", "ELDERLY", "categories", List.of("HEALTH", "ISOLATION", "HEALTH")));

        assertProblem(refused(() -> api.post("/api/contacts", with(anonymousContact(), "needs", needs))),
                400, "invalid-input", "needs[0].categories");
    }

    // Contacts: time

    @Test
    void contactBefore1900IsInvalidInput() {
        assertProblem(refused(() -> api.post("/api/contacts",
                with(anonymousContact(), "occurredAt", "1899-12-31T23:59:59Z"))), 400, "invalid-input", "occurredAt");
    }

    @Test
    void contactAtTheFirstInstantOf1900IsRecorded() {
        Response response = api.post("/api/contacts", with(anonymousContact(), "occurredAt", "1900-01-01T00:00:00Z"));

        assertThat(response.status()).as(response.body()).isEqualTo(201);
    }

    // The stand-in for retired codes

    @Test
    void unrecognisedOutcomeIsInvalidInputAtItsIndex() {
        assertProblem(refused(() -> api.post("/api/contacts",
                with(anonymousContact(), "outcomes", List.of("ORIENTATION", "UNRECOGNISED")))),
                400, "invalid-input", "outcomes[1]");
    }

    @Test
    void unrecognisedChannelIsInvalidInput() {
        assertProblem(refused(() -> api.post("/api/contacts", with(anonymousContact(), "channel", "UNRECOGNISED"))),
                400, "invalid-input", "channel");
    }

    @Test
    void unrecognisedOperatorRoleIsInvalidInputAtItsPath() {
        Map<String, Object> contact = with(anonymousContact(), "operators",
                List.of(Map.of("operatorId", "op-0173", "role", "UNRECOGNISED")));

        assertProblem(refused(() -> api.post("/api/contacts", contact)), 400, "invalid-input", "operators[0].role");
    }

    @Test
    void unrecognisedUserAreaIsInvalidInputAtItsPath() {
        Map<String, Object> contact = with(anonymousContact(), "needs",
                List.of(Map.of("userArea", "UNRECOGNISED", "categories", List.of("HOUSING"))));

        assertProblem(refused(() -> api.post("/api/contacts", contact)), 400, "invalid-input", "needs[0].userArea");
    }

    @Test
    void unrecognisedNeedCategoryIsInvalidInputAtItsPath() {
        Map<String, Object> contact = with(anonymousContact(), "needs",
                List.of(Map.of("userArea", "ELDERLY", "categories", List.of("HEALTH", "UNRECOGNISED"))));

        assertProblem(refused(() -> api.post("/api/contacts", contact)), 400, "invalid-input", "needs[0].categories[1]");
    }

    @Test
    void unrecognisedClosureReasonIsInvalidInput() {
        UUID caseId = api.recordContact(contactOf(api.register(aNewPerson()))).caseId();

        assertProblem(refused(() -> api.closeCase(caseId, "UNRECOGNISED")), 400, "invalid-input", "reason");
        assertThat(api.get("/api/cases/" + caseId).json().path("state").asString()).isEqualTo("OPEN");
    }

    /** Sends a request that must be refused, and checks that it wrote no event. */
    private Response refused(Supplier<Response> request) {
        long before = storedEvents();
        Response response = request.get();
        assertThat(storedEvents()).as("events written by a refused request: " + response.body()).isEqualTo(before);
        return response;
    }
}
