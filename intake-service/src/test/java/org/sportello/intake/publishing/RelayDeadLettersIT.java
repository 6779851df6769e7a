package org.sportello.intake.publishing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.sportello.intake.IntakeRequests.contactOf;
import static org.sportello.intake.IntakeRequests.with;
import static org.sportello.intake.citizen.CitizenFixture.aNewPerson;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sportello.contracts.intake.v1.CaseClosed;
import org.sportello.contracts.intake.v1.CaseOpened;
import org.sportello.contracts.intake.v1.CaseTakenInCharge;
import org.sportello.contracts.intake.v1.ContactRecorded;
import org.sportello.intake.IntakeApi;
import org.sportello.intake.IntakeApi.Response;
import org.sportello.intake.citizen.CitizenFixture.Person;
import org.sportello.platform.deadletter.DeadLetterSequenceNotFound;
import org.sportello.platform.problem.Problems;
import org.sportello.platform.relay.KafkaRelay;
import org.sportello.platform.relay.UnpublishableEvent;

import tools.jackson.databind.JsonNode;

/**
 * An event the relay can never publish is parked as a dead letter, with the later events of its
 * aggregate behind it, and the relay goes on with everyone else's; an administrator sees it (never
 * its payload), retries it once the cause is gone, and the metric counts it.
 */
class RelayDeadLettersIT extends RelayOnItsOwnKafka {

    /** Well within a few seconds when nothing is stuck; the point is that nothing waits on a dead letter. */
    private static final Duration DELIVERED = Duration.ofSeconds(15);
    private static final Duration PARKED = Duration.ofSeconds(60);

    private DeadLetterAdmin admin;

    @BeforeEach
    void administrator() {
        admin = new DeadLetterAdmin(api, ADMIN, port);
    }

    @Test
    void untranslatableEventIsDeadLetteredWhileAnotherCitizensContactStillReachesKafka() {
        UUID poisoned = api.register(aNewPerson());
        poison(poisoned);
        UUID stuckCase = api.recordContact(contactOf(poisoned)).caseId();

        UUID flowingCase = api.recordContact(contactOf(api.register(aNewPerson()))).caseId();

        topic.await(ContactRecorded.TYPE, flowingCase, DELIVERED);
        List<JsonNode> letters = awaitLetters(stuckCase, 2);
        assertThat(letters.get(0).path("processingGroup").asString()).isEqualTo(KafkaRelay.PROCESSING_GROUP);
        assertThat(letters.get(0).path("payloadType").asString()).endsWith(".CaseOpened");
        assertThat(letters.get(0).path("causeType").asString()).isEqualTo(UnpublishableEvent.class.getName());
        assertThat(letters.get(0).path("causeMessage").asString()).contains("cannot be translated");
        assertThat(letters.get(0).path("eventId").asString()).isEqualTo(storedEventId(stuckCase, 0));
        assertThat(letters.get(1).path("payloadType").asString()).endsWith(".ContactRecorded");
        assertThat(topic.typesOf(stuckCase)).isEmpty();
    }

    @Test
    void laterEventsOfTheDeadLetteredCaseWaitBehindItAndFollowInOrderOnceRetried() {
        UUID citizenId = api.register(aNewPerson());
        poison(citizenId);
        UUID caseId = api.recordContact(contactOf(citizenId)).caseId();
        assertThat(api.takeInCharge(caseId, IntakeApi.OPERATOR_ID).status()).isLessThan(300);
        // The relay handles events in the order they were stored: once this one is on Kafka, the
        // case's events before it have been handled too.
        UUID laterCase = api.recordContact(contactOf(api.register(aNewPerson()))).caseId();
        topic.await(ContactRecorded.TYPE, laterCase, DELIVERED);

        assertThat(awaitLetters(caseId, 3)).extracting(letter -> simpleName(letter.path("payloadType").asString()))
                .containsExactly("CaseOpened", "ContactRecorded", "CaseTakenInCharge");
        assertThat(topic.typesOf(caseId)).isEmpty();

        cure(citizenId);
        Response retried = admin.retry(caseId);

        assertThat(retried.status()).as(retried.body()).isEqualTo(200);
        assertThat(retried.json().path("processed").asInt()).isEqualTo(1);
        topic.await(CaseTakenInCharge.TYPE, caseId, DELIVERED);
        assertThat(topic.typesOf(caseId)).containsExactly(CaseOpened.TYPE, ContactRecorded.TYPE, CaseTakenInCharge.TYPE);
        assertThat(admin.lettersOf(caseId)).isEmpty();

        // No longer parked: the case's next event goes straight out.
        assertThat(api.closeCase(caseId, "NEED_MET").status()).isLessThan(300);
        topic.await(CaseClosed.TYPE, caseId, DELIVERED);
    }

    @Test
    void eventTooLargeForTheProducerIsDeadLetteredBeforeItIsSentAndStaysWhenRetried() {
        UUID caseId = api.recordContact(withEveryNeed(withLongestOperators(contactOf(api.register(aNewPerson()))))).caseId();

        topic.await(CaseOpened.TYPE, caseId, DELIVERED);
        List<JsonNode> letters = awaitLetters(caseId, 1);
        assertThat(letters.get(0).path("payloadType").asString()).endsWith(".ContactRecorded");
        assertThat(letters.get(0).path("causeMessage").asString()).contains("too large", "max.request.size");

        Response retried = admin.retry(caseId);

        assertThat(retried.status()).as(retried.body()).isEqualTo(200);
        assertThat(retried.json().path("processed").asInt()).isZero();
        assertThat(retried.json().path("remaining").asLong()).isPositive();
        assertThat(admin.lettersOf(caseId)).hasSize(1);
    }

    @Test
    void eventKafkaRefusesOnAcknowledgementIsDeadLetteredByTheRetriedBatch() {
        // Under the producer's limit, over the topic's: only the broker can say no.
        UUID caseId = api.recordContact(withLongestOperators(contactOf(api.register(aNewPerson())))).caseId();

        List<JsonNode> letters = awaitLetters(caseId, 1);

        assertThat(letters.get(0).path("payloadType").asString()).endsWith(".ContactRecorded");
        assertThat(letters.get(0).path("causeMessage").asString()).contains("refused by Kafka", "RecordTooLargeException");
        UUID laterCase = api.recordContact(contactOf(api.register(aNewPerson()))).caseId();
        topic.await(ContactRecorded.TYPE, laterCase, DELIVERED);
    }

    @Test
    void retryingAllDeliversTheSequencesWhoseCauseIsGoneAndKeepsTheOthers() {
        UUID cured = api.register(aNewPerson());
        UUID stillPoisoned = api.register(aNewPerson());
        poison(cured);
        poison(stillPoisoned);
        UUID curedCase = api.recordContact(contactOf(cured)).caseId();
        UUID stuckCase = api.recordContact(contactOf(stillPoisoned)).caseId();
        awaitLetters(curedCase, 2);
        awaitLetters(stuckCase, 2);

        cure(cured);
        Response retried = admin.retryAll();

        assertThat(retried.status()).as(retried.body()).isEqualTo(200);
        assertThat(retried.json().path("processed").asInt()).isPositive();
        assertThat(retried.json().path("remaining").asLong()).isPositive();
        topic.await(ContactRecorded.TYPE, curedCase, DELIVERED);
        assertThat(admin.lettersOf(curedCase)).isEmpty();
        assertThat(admin.lettersOf(stuckCase)).hasSize(2);
    }

    @Test
    void metricCountsTheDeadLetters() {
        UUID citizenId = api.register(aNewPerson());
        poison(citizenId);
        awaitLetters(api.recordContact(contactOf(citizenId)).caseId(), 2);

        assertThat(admin.metric(KafkaRelay.PROCESSING_GROUP)).isEqualTo(admin.count()).isGreaterThanOrEqualTo(2);
    }

    @Test
    void deadLettersShowNeitherPayloadNorPersonalData() {
        Person person = aNewPerson();
        UUID citizenId = api.register(person);
        poison(citizenId);
        String notes = "Sfratto-" + UUID.randomUUID() + " " + person.firstName() + " " + person.lastName();
        awaitLetters(api.recordContact(with(contactOf(citizenId), "notes", notes)).caseId(), 2);

        assertThat(admin.list().body()).doesNotContain(notes, person.firstName(), person.lastName(),
                person.fiscalCode());
    }

    @Test
    void onlyAnAdministratorSeesOrRetriesDeadLetters() {
        assertThat(new DeadLetterAdmin(api, IntakeApi.OPERATOR, port).list().status()).isEqualTo(403);
        assertThat(new DeadLetterAdmin(api, IntakeApi.OPERATOR, port).retryAll().status()).isEqualTo(403);
    }

    @Test
    void retryingAnUnknownSequenceIsNotFound() {
        Response response = admin.retry(UUID.randomUUID());

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().path("type").asString())
                .isEqualTo(URI.create(Problems.TYPE_BASE + DeadLetterSequenceNotFound.TYPE).toString());
    }

    private List<JsonNode> awaitLetters(UUID sequenceId, int count) {
        return await().atMost(PARKED).until(() -> admin.lettersOf(sequenceId), letters -> letters.size() == count);
    }

    private String storedEventId(UUID aggregateId, long sequenceNumber) {
        return jdbc.sql("SELECT event_identifier FROM domain_event_entry WHERE aggregate_identifier = ? AND sequence_number = ?")
                .params(aggregateId.toString(), sequenceNumber).query(String.class).single();
    }

    /**
     * As many operators as a contact may have, each with an id as long as allowed: about 1.6 KB on
     * the wire, over the topic's limit here but under the producer's.
     */
    private static Map<String, Object> withLongestOperators(Map<String, Object> contact) {
        List<Map<String, Object>> operators = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            String id = "op-" + i + "-";
            operators.add(Map.of("operatorId", id + "x".repeat(64 - id.length()), "role", "SOCIAL_WORKER"));
        }
        return with(contact, "operators", operators);
    }

    /** Every category in every user area: with the longest operators, over the producer's limit too. */
    private static Map<String, Object> withEveryNeed(Map<String, Object> contact) {
        List<String> categories = List.of("HOUSING", "WORK", "INCOME", "HEALTH", "CARE_OF_DEPENDENT",
                "FAMILY_RELATIONS", "DOCUMENTS_AND_LEGAL", "EDUCATION", "ISOLATION", "DIGITAL_ACCESS", "OTHER");
        List<Map<String, Object>> needs = new ArrayList<>();
        for (String area : List.of("FAMILY_AND_MINORS", "DISABILITY", "ADDICTIONS", "ELDERLY", "IMMIGRANTS",
                "POVERTY_AND_ADULT_HARDSHIP", "MULTI_AREA")) {
            needs.add(Map.of("userArea", area, "categories", categories));
        }
        return with(contact, "needs", needs);
    }

    private static String simpleName(String className) {
        return className.substring(className.lastIndexOf('.') + 1);
    }
}
