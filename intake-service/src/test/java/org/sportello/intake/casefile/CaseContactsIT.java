package org.sportello.intake.casefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sportello.intake.IntakeRequests.contactOf;
import static org.sportello.intake.IntakeRequests.with;
import static org.sportello.intake.citizen.CitizenFixture.aNewPerson;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.sportello.intake.IntakeApi;
import org.sportello.intake.IntakeApi.Recorded;
import org.sportello.intake.IntakeApi.Response;
import org.sportello.intake.RunningIntake;

import tools.jackson.databind.JsonNode;

/**
 * A case gathers contacts for as long as it is open, so its view carries only the latest ones and
 * the count of all; the rest are read a page at a time, within bounds the document states.
 */
class CaseContactsIT extends RunningIntake {

    private static final int MORE_THAN_THE_VIEW_SHOWS = CaseProjection.LATEST_CONTACTS + 5;

    @Test
    void theCaseShowsItsLatestContactsInTheOrderTheyHappenedAndHowManyItHas() {
        CaseWithContacts recorded = aCaseWithContacts(MORE_THAN_THE_VIEW_SHOWS);
        UUID caseId = recorded.caseId();
        List<String> contacts = recorded.contacts();

        JsonNode file = api.get("/api/cases/" + caseId).json();

        assertThat(file.path("contactCount").asLong()).isEqualTo(MORE_THAN_THE_VIEW_SHOWS);
        assertThat(ids(file.path("contacts"))).containsExactlyElementsOf(
                contacts.subList(MORE_THAN_THE_VIEW_SHOWS - CaseProjection.LATEST_CONTACTS, MORE_THAN_THE_VIEW_SHOWS));
    }

    @Test
    void pagesGiveEveryContactOnceInTheOrderTheyHappened() {
        CaseWithContacts recorded = aCaseWithContacts(MORE_THAN_THE_VIEW_SHOWS);
        UUID caseId = recorded.caseId();
        List<String> contacts = recorded.contacts();

        List<String> paged = new ArrayList<>();
        for (int page = 0; page < 3; page++) {
            JsonNode answer = api.get("/api/cases/" + caseId + "/contacts?page=" + page + "&size=10").json();
            assertThat(answer.path("page").asInt()).isEqualTo(page);
            assertThat(answer.path("size").asInt()).isEqualTo(10);
            assertThat(answer.path("total").asLong()).isEqualTo(MORE_THAN_THE_VIEW_SHOWS);
            paged.addAll(ids(answer.path("contacts")));
        }

        assertThat(paged).containsExactlyElementsOf(contacts);
        assertThat(api.get("/api/cases/" + caseId + "/contacts?page=3&size=10").json().path("contacts").isEmpty())
                .isTrue();
    }

    @Test
    void theFirstPageOfTwentyIsTheDefault() {
        CaseWithContacts recorded = aCaseWithContacts(2);

        JsonNode answer = api.get("/api/cases/" + recorded.caseId() + "/contacts").json();

        assertThat(answer.path("page").asInt()).isZero();
        assertThat(answer.path("size").asInt()).isEqualTo(20);
        assertThat(ids(answer.path("contacts"))).containsExactlyElementsOf(recorded.contacts());
    }

    @Test
    void aPageOutsideTheDocumentedBoundsIsInvalidInputNamingTheParameter() {
        UUID caseId = aCaseWithContacts(1).caseId();

        assertInvalid(caseId, "size=0", "size");
        assertInvalid(caseId, "size=" + (CaseController.MAX_PAGE_SIZE + 1), "size");
        assertInvalid(caseId, "page=-1", "page");
        assertInvalid(caseId, "page=" + (CaseController.MAX_PAGE + 1), "page");
    }

    @Test
    void theContactsOfACaseThatDoesNotExistAreNotFound() {
        Response response = api.get("/api/cases/" + UUID.randomUUID() + "/contacts");

        assertThat(response.status()).as(response.body()).isEqualTo(404);
    }

    @Test
    void researchersMayNotReadACasesContacts() {
        UUID caseId = aCaseWithContacts(1).caseId();

        assertThat(api.get("/api/cases/" + caseId + "/contacts", IntakeApi.RESEARCHER).status()).isEqualTo(403);
    }

    /** A new case and its contacts' ids, in the order the contacts happened. */
    private record CaseWithContacts(UUID caseId, List<String> contacts) {
    }

    private CaseWithContacts aCaseWithContacts(int count) {
        UUID citizenId = api.register(aNewPerson());
        Instant start = Instant.now().truncatedTo(ChronoUnit.SECONDS).minus(count + 1, ChronoUnit.HOURS);
        String[] contacts = new String[count];
        UUID caseId = null;
        // Recorded latest first, so that the order shown is the order they happened, not of recording.
        for (int i = count - 1; i >= 0; i--) {
            Recorded recorded = api.recordContact(
                    with(contactOf(citizenId), "occurredAt", start.plus(i, ChronoUnit.HOURS).toString()));
            contacts[i] = recorded.contactId().toString();
            caseId = recorded.caseId();
        }
        return new CaseWithContacts(caseId, List.of(contacts));
    }

    private void assertInvalid(UUID caseId, String query, String parameter) {
        Response response = api.get("/api/cases/" + caseId + "/contacts?" + query);

        assertThat(response.status()).as(response.body()).isEqualTo(400);
        assertThat(response.errorField()).isEqualTo(parameter);
    }

    private static List<String> ids(JsonNode contacts) {
        return contacts.values().stream().map(c -> c.path("contactId").asString()).toList();
    }
}
