package org.sportello.intake.contact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sportello.intake.IntakeRequests.anonymousContact;
import static org.sportello.intake.IntakeRequests.contactOf;
import static org.sportello.intake.IntakeRequests.with;
import static org.sportello.intake.citizen.CitizenFixture.aNewPerson;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.sportello.intake.IntakeApi.Recorded;
import org.sportello.intake.IntakeApi.Response;
import org.sportello.intake.RunningIntake;
import org.sportello.intake.casefile.CaseOpened;

import tools.jackson.databind.JsonNode;

class ContactRecordingIT extends RunningIntake {

    @Test
    void firstContactOfACitizenOpensACase() {
        UUID citizenId = api.register(aNewPerson());

        Response response = api.post("/api/contacts", contactOf(citizenId));

        assertThat(response.status()).as(response.body()).isEqualTo(201);
        Recorded recorded = Recorded.of(response);
        assertThat(recorded.caseId()).isNotNull();
        assertThat(response.location()).endsWith("/api/contacts/" + recorded.contactId());
        assertThat(storedEvents(CaseOpened.class, recorded.caseId())).isEqualTo(1);
        assertThat(storedEvents(ContactRecorded.class, recorded.caseId())).isEqualTo(1);
        assertThat(claimedCaseOf(citizenId)).contains(recorded.caseId());
    }

    @Test
    void contactRefusedAsAheadOfTheClockLeavesTheCitizenWithoutAClaim() {
        UUID citizenId = api.register(aNewPerson());

        Response response = api.post("/api/contacts",
                with(contactOf(citizenId), "occurredAt", Instant.now().plus(1, ChronoUnit.HOURS).toString()));

        assertProblem(response, 422, "contact-in-future", "occurredAt");
        assertThat(claimedCaseOf(citizenId)).as("claim of a refused contact").isEmpty();
        assertThat(api.recordContact(contactOf(citizenId)).caseId()).isNotNull();
    }

    @Test
    void contactOfAnUnregisteredCitizenClaimsNothing() {
        UUID stranger = UUID.randomUUID();

        assertProblem(api.post("/api/contacts", contactOf(stranger)), 404, "citizen-not-found", "citizenId");

        assertThat(claimedCaseOf(stranger)).isEmpty();
    }

    @Test
    void secondContactJoinsTheOpenCase() {
        UUID citizenId = api.register(aNewPerson());
        Recorded first = api.recordContact(contactOf(citizenId));

        Recorded second = api.recordContact(contactOf(citizenId));

        assertThat(second.caseId()).isEqualTo(first.caseId());
        assertThat(second.contactId()).isNotEqualTo(first.contactId());
        assertThat(storedEvents(CaseOpened.class, first.caseId())).isEqualTo(1);
    }

    @Test
    void contactAfterTheCaseIsClosedOpensANewCase() {
        UUID citizenId = api.register(aNewPerson());
        Recorded first = api.recordContact(contactOf(citizenId));
        assertThat(api.closeCase(first.caseId(), "NEED_MET").status()).isEqualTo(200);

        Recorded next = api.recordContact(contactOf(citizenId));

        assertThat(next.caseId()).isNotNull().isNotEqualTo(first.caseId());
        assertThat(api.get("/api/citizens/" + citizenId).json().path("openCaseId").asString())
                .isEqualTo(next.caseId().toString());
        assertThat(claimedCaseOf(citizenId)).contains(next.caseId());
    }

    @Test
    void anonymousContactBelongsToNoCase() {
        Response response = api.post("/api/contacts", anonymousContact());

        assertThat(response.status()).as(response.body()).isEqualTo(201);
        Recorded recorded = Recorded.of(response);
        assertThat(recorded.caseId()).isNull();
        JsonNode contact = api.get("/api/contacts/" + recorded.contactId()).json();
        assertThat(contact.path("citizenId").isNull()).isTrue();
        assertThat(contact.path("caseId").isNull()).isTrue();
        assertThat(storedEvents(ContactRecorded.class, recorded.contactId())).isEqualTo(1);
    }

    @Test
    void recordedContactReadsBackWithItsCodesAndNotes() {
        UUID citizenId = api.register(aNewPerson());
        Recorded recorded = api.recordContact(contactOf(citizenId));

        JsonNode contact = api.get("/api/contacts/" + recorded.contactId()).json();

        assertThat(contact.path("citizenId").asString()).isEqualTo(citizenId.toString());
        assertThat(contact.path("caseId").asString()).isEqualTo(recorded.caseId().toString());
        assertThat(contact.path("officeId").asString()).isEqualTo("monza-san-rocco");
        assertThat(contact.path("channel").asString()).isEqualTo("WALK_IN");
        assertThat(contact.path("operators").path(0).path("role").asString()).isEqualTo("SOCIAL_WORKER");
        assertThat(contact.path("needs").path(0).path("userArea").asString()).isEqualTo("POVERTY_AND_ADULT_HARDSHIP");
        assertThat(contact.path("outcomes").values()).extracting(JsonNode::asString)
                .containsExactly("ORIENTATION", "APPOINTMENT_PROPOSED");
        assertThat(contact.path("notes").asString()).contains("housing fund");
    }

    @Test
    void concurrentFirstContactsOfOneCitizenLandInOneCase() throws Exception {
        UUID citizenId = api.register(aNewPerson());
        int contacts = 6;

        List<Response> responses = concurrently(contacts, () -> api.post("/api/contacts", contactOf(citizenId)));

        assertThat(responses).as(responses.toString()).allSatisfy(r -> assertThat(r.status()).isEqualTo(201));
        List<UUID> cases = responses.stream().map(r -> Recorded.of(r).caseId()).distinct().toList();
        assertThat(cases).as("cases opened for one citizen").hasSize(1);
        assertThat(jdbc.sql("SELECT count(*) FROM case_file WHERE citizen_id = ?").param(citizenId)
                .query(Long.class).single()).isEqualTo(1);
        assertThat(api.get("/api/cases/" + cases.get(0)).json().path("contacts").size()).isEqualTo(contacts);
        assertThat(claimedCaseOf(citizenId)).contains(cases.get(0));
    }

    /** The command side's record of the citizen's open case. */
    private Optional<UUID> claimedCaseOf(UUID citizenId) {
        return jdbc.sql("SELECT case_id FROM open_case_claim WHERE citizen_id = ?").param(citizenId)
                .query(UUID.class).optional();
    }
}
