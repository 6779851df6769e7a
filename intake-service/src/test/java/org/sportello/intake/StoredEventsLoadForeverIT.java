package org.sportello.intake;

import org.sportello.platform.personaldata.Personal;
import org.sportello.platform.personaldata.SubjectId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.sportello.intake.IntakeRequests.contactOf;
import static org.sportello.intake.citizen.CitizenFixture.aNewPerson;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.junit.jupiter.api.Test;
import org.sportello.intake.IntakeApi.Response;
import org.sportello.intake.casefile.CaseClosed;
import org.sportello.intake.casefile.CaseClosureReason;
import org.sportello.intake.casefile.CaseId;
import org.sportello.intake.casefile.CaseOpened;
import org.sportello.intake.citizen.CitizenFixture.Person;
import org.sportello.intake.citizen.CitizenId;
import org.sportello.intake.citizen.CitizenRegistered;
import org.sportello.intake.citizen.Sex;
import org.sportello.intake.contact.Channel;
import org.sportello.intake.contact.ContactDetails;
import org.sportello.intake.contact.ContactId;
import org.sportello.intake.contact.ContactOutcome;
import org.sportello.intake.contact.ContactRecorded;
import org.sportello.intake.contact.Need;
import org.sportello.intake.contact.NeedCategory;
import org.sportello.intake.contact.Operator;
import org.sportello.intake.contact.OperatorRole;
import org.sportello.intake.contact.UserArea;
import org.sportello.intake.office.OfficeId;
import org.sportello.intake.publishing.TopicReader;
import org.sportello.platform.caller.Caller;
import org.sportello.platform.relay.ContractTranslator;
import org.sportello.testing.TestInfrastructure;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.annotation.DirtiesContext;

import tools.jackson.databind.JsonNode;

/**
 * Events are facts from the past (STYLE.md 11): one recorded under rules that have changed since,
 * looser limits or a code that intake has retired, still loads, and users still work with its
 * case. The events are stored as an older release would have stored them, through Axon's event
 * store (so the read models see them as they saw them then), and a retired code is written into
 * the stored payload, and the read-model row, afterwards, as no release today can record it.
 *
 * <p>Extension point for the lead, once the relay's dead letters and read-model rebuilds are
 * merged: the events stored here that no contract can carry (the office id of another shape, the
 * retired outcome) are where the relay's dead-letter queue should be asserted, and each test's
 * case is what a rebuild of the case and contact read models should show again unchanged
 * (with the retired code as UNRECOGNISED).
 *
 * <p>Its context is closed after it: it plants events that no contract can carry, and a relay
 * that has set them aside (or, without a dead-letter queue, stopped at them) is not one that
 * other tests should share.
 */
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class StoredEventsLoadForeverIT extends RunningIntake {

    private static final String RETIRED_OUTCOME = "HOME_VISIT";

    @Autowired
    private EventStore eventStore;

    @Autowired
    private TransactionManager transactions;

    @Autowired
    private ContractTranslator translator;

    @Test
    void caseOpenedAtAnOfficeIdOfAnotherShapeLoadsAndTakesContacts() {
        UUID citizenId = api.register(aNewPerson());
        CaseId caseId = CaseId.random();
        OfficeId oldShape = new OfficeId("Monza San Rocco");
        store(caseId, new CaseOpened(caseId, new CitizenId(citizenId), oldShape, hoursAgo(2)),
                contact(caseId, citizenId, details(oldShape, hoursAgo(2), ContactOutcome.ORIENTATION)));

        UUID joined = api.recordContact(contactOf(citizenId)).caseId();

        assertThat(joined).as("the case loaded and took the new contact").isEqualTo(caseId.value());
        JsonNode file = api.get("/api/cases/" + caseId).json();
        assertThat(file.path("officeId").asString()).isEqualTo("Monza San Rocco");
        assertThat(file.path("contacts").size()).isEqualTo(2);
        assertThat(api.takeInCharge(caseId.value(), IntakeApi.OPERATOR_ID).status()).isEqualTo(200);
        assertThat(api.get("/api/cases/" + caseId).json().path("state").asString()).isEqualTo("IN_CHARGE");
    }

    @Test
    void citizenRegisteredStoredWithYearOfBirthAndSexInPlainLoadsAndPublishesTheSealedOnes() {
        Person person = aNewPerson();
        UUID citizenId = api.register(person);
        // As one build wrote revision 2 for a while: the year and the sex in plain beside the sealed
        // data. Planted wrong here, to show that what is published comes from the sealed data.
        String plainSex = person.sex() == Sex.F ? "M" : "F";
        int rewritten = jdbc.sql("UPDATE domain_event_entry SET payload = convert_to(regexp_replace("
                        + "convert_from(payload, 'UTF8'), '}$', ?), 'UTF8')"
                        + " WHERE payload_type = ? AND payload_revision = ? AND aggregate_identifier = ?")
                .params(",\"birthYear\":1899,\"sex\":\"" + plainSex + "\"}", CitizenRegistered.class.getName(),
                        CitizenRegistered.REVISION, citizenId.toString())
                .update();
        assertThat(rewritten).as("stored events rewritten").isEqualTo(1);

        // As the relay and the aggregate read it: from the event store.
        assertThat(storedCitizenRegistered(citizenId).personalData().value().lastName()).isEqualTo(person.lastName());
        assertThat(translator.translate(storedCitizenRegistered(citizenId), null).orElseThrow())
                .isInstanceOfSatisfying(org.sportello.contracts.intake.v1.CitizenRegistered.class, published -> {
                    assertThat(published.birthYear()).isEqualTo(person.birthDate().getYear());
                    assertThat(published.sex().name()).isEqualTo(person.sex().name());
                });
        // The aggregate loads from it: the citizen can still be erased, and then neither is published.
        Response erasure = api.postJson("/api/citizens/" + citizenId + "/erasure",
                "{\"ground\": \"CONSENT_WITHDRAWN\", \"reference\": \"Prot. 2026/0118\"}", IntakeApi.ADMIN);
        assertThat(erasure.status()).as(erasure.body()).isIn(202, 204);
        assertThat(translator.translate(storedCitizenRegistered(citizenId), null).orElseThrow())
                .isInstanceOfSatisfying(org.sportello.contracts.intake.v1.CitizenRegistered.class, published -> {
                    assertThat(published.birthYear()).isNull();
                    assertThat(published.sex()).isNull();
                });
    }

    private CitizenRegistered storedCitizenRegistered(UUID citizenId) {
        return (CitizenRegistered) eventStore.readEvents(citizenId.toString()).asStream().map(Message::getPayload)
                .findFirst().orElseThrow();
    }

    @Test
    void contactDatedBefore1900ReadsBackAndItsCaseCanBeClosed() {
        UUID citizenId = api.register(aNewPerson());
        CaseId caseId = CaseId.random();
        Instant longAgo = Instant.parse("1850-03-01T10:00:00Z");
        ContactRecorded recorded = contact(caseId, citizenId, details(new OfficeId("monza-san-rocco"), longAgo,
                ContactOutcome.INFORMATION_GIVEN));
        store(caseId, new CaseOpened(caseId, new CitizenId(citizenId), new OfficeId("monza-san-rocco"), longAgo), recorded);

        JsonNode contact = api.get("/api/contacts/" + recorded.contactId()).json();

        assertThat(contact.path("occurredAt").asString()).isEqualTo("1850-03-01T10:00:00Z");
        assertThat(api.get("/api/cases/" + caseId).json().path("openedAt").asString()).isEqualTo("1850-03-01T10:00:00Z");
        assertThat(api.closeCase(caseId.value(), "NEED_MET").status()).isEqualTo(200);
        assertThat(api.get("/api/cases/" + caseId).json().path("state").asString()).isEqualTo("CLOSED");
    }

    @Test
    void contactWithARetiredOutcomeLoadsWithTheOutcomeUnrecognised() {
        UUID citizenId = api.register(aNewPerson());
        CaseId caseId = CaseId.random();
        ContactRecorded recorded = contact(caseId, citizenId, details(new OfficeId("monza-san-rocco"), hoursAgo(3),
                ContactOutcome.ORIENTATION, ContactOutcome.NO_FURTHER_ACTION));
        store(caseId, new CaseOpened(caseId, new CitizenId(citizenId), new OfficeId("monza-san-rocco"), hoursAgo(3)),
                recorded);
        retire(ContactOutcome.NO_FURTHER_ACTION.name(), recorded.contactId());

        JsonNode contact = api.get("/api/contacts/" + recorded.contactId()).json();

        assertThat(contact.path("outcomes").values()).extracting(JsonNode::asString)
                .containsExactly("ORIENTATION", "UNRECOGNISED");
        assertThat(api.get("/api/cases/" + caseId).json().path("contacts").path(0).path("outcomes").path(1).asString())
                .isEqualTo("UNRECOGNISED");
        // As the relay and a rebuild of the read models read it: from the event store.
        assertThat(storedPayloads(caseId)).last().isInstanceOfSatisfying(ContactRecorded.class, stored ->
                assertThat(stored.details().outcomes())
                        .containsExactly(ContactOutcome.ORIENTATION, ContactOutcome.UNRECOGNISED));
        assertThat(api.recordContact(contactOf(citizenId)).caseId()).isEqualTo(caseId.value());
    }

    @Test
    void caseClosedWithARetiredReasonLoadsAsClosed() {
        UUID citizenId = api.register(aNewPerson());
        CaseId caseId = CaseId.random();
        store(caseId, new CaseOpened(caseId, new CitizenId(citizenId), new OfficeId("monza-san-rocco"), hoursAgo(5)),
                contact(caseId, citizenId, details(new OfficeId("monza-san-rocco"), hoursAgo(5),
                        ContactOutcome.ORIENTATION)),
                new CaseClosed(caseId, new CitizenId(citizenId), CaseClosureReason.OPENED_IN_ERROR,
                        IntakeApi.OPERATOR_ID, hoursAgo(4)));
        int rewritten = jdbc.sql("""
                UPDATE domain_event_entry
                   SET payload = convert_to(replace(convert_from(payload, 'UTF8'), '"OPENED_IN_ERROR"',
                                                    '"DUPLICATE_FILE"'), 'UTF8')
                 WHERE aggregate_identifier = ? AND sequence_number = 2""")
                .param(caseId.toString()).update();
        assertThat(rewritten).isEqualTo(1);

        // The case loads, so it refuses as a closed case does (a case that failed to load would be a 500).
        assertProblem(api.takeInCharge(caseId.value(), IntakeApi.OPERATOR_ID), 409, "case-already-closed");
        assertThat(api.recordContact(contactOf(citizenId)).caseId()).isNotEqualTo(caseId.value());
        assertThat(storedPayloads(caseId)).last().isInstanceOfSatisfying(CaseClosed.class,
                closed -> assertThat(closed.reason()).isEqualTo(CaseClosureReason.UNRECOGNISED));
    }

    @Test
    void eventWithAPropertyItsClassNoLongerHasLoads() {
        UUID citizenId = api.register(aNewPerson());
        CaseId caseId = CaseId.random();
        store(caseId, new CaseOpened(caseId, new CitizenId(citizenId), new OfficeId("monza-san-rocco"), hoursAgo(1)));
        // A CaseOpened written by a release whose event still had a field removed since.
        int rewritten = jdbc.sql("""
                UPDATE domain_event_entry
                   SET payload = convert_to(replace(convert_from(payload, 'UTF8'), '{"caseId"',
                                                    '{"openedBy":"op-0173","caseId"'), 'UTF8')
                 WHERE aggregate_identifier = ? AND sequence_number = 0""")
                .param(caseId.toString()).update();
        assertThat(rewritten).isEqualTo(1);

        assertThat(storedPayloads(caseId)).singleElement().isInstanceOf(CaseOpened.class);
        assertThat(api.takeInCharge(caseId.value(), IntakeApi.OPERATOR_ID).status()).isEqualTo(200);
    }

    @Test
    void theRelayPublishesOrDeadLettersWhatTodaysRulesRefuseAndKeepsGoing() {
        CaseId otherShape = CaseId.random();
        OfficeId oldShape = new OfficeId("Monza San Rocco");
        store(otherShape, new CaseOpened(otherShape, new CitizenId(api.register(aNewPerson())), oldShape, hoursAgo(2)));
        CaseId longAgo = CaseId.random();
        UUID oldCitizen = api.register(aNewPerson());
        Instant in1850 = Instant.parse("1850-03-01T10:00:00Z");
        store(longAgo, new CaseOpened(longAgo, new CitizenId(oldCitizen), new OfficeId("monza-san-rocco"), in1850),
                contact(longAgo, oldCitizen, details(new OfficeId("monza-san-rocco"), in1850, ContactOutcome.ORIENTATION)));
        CaseId retiredCode = CaseId.random();
        UUID retiredCitizen = api.register(aNewPerson());
        ContactRecorded retired = contact(retiredCode, retiredCitizen, details(new OfficeId("monza-san-rocco"),
                hoursAgo(1), ContactOutcome.NO_FURTHER_ACTION));
        store(retiredCode, () -> retire(ContactOutcome.NO_FURTHER_ACTION.name(), retired.contactId()),
                new CaseOpened(retiredCode, new CitizenId(retiredCitizen), new OfficeId("monza-san-rocco"), hoursAgo(1)),
                retired);

        try (TopicReader topic = new TopicReader(TestInfrastructure.kafkaBootstrapServers())) {
            // A contact recorded after them all still reaches Kafka: nothing stalled the relay.
            UUID later = api.recordContact(contactOf(api.register(aNewPerson()))).caseId();
            topic.await(org.sportello.contracts.intake.v1.ContactRecorded.TYPE, later, Duration.ofSeconds(30));

            assertThat(topic.typesOf(longAgo.value())).as("a contact of 1850 is a fact like any other")
                    .containsExactly(org.sportello.contracts.intake.v1.CaseOpened.TYPE,
                            org.sportello.contracts.intake.v1.ContactRecorded.TYPE);
            assertThat(topic.typesOf(otherShape.value())).as("an office id no consumer could read").isEmpty();
            assertThat(topic.typesOf(retiredCode.value())).as("the case opened; the retired code waits")
                    .containsExactly(org.sportello.contracts.intake.v1.CaseOpened.TYPE);
        }
        assertThat(deadLetteredTypes(otherShape)).containsExactly("CaseOpened");
        assertThat(deadLetteredTypes(retiredCode)).containsExactly("ContactRecorded");
    }

    @Test
    void contactStoredBeforeAppointmentIdsLoadsWithoutOneAndTheCaseTakesContacts() {
        UUID citizenId = api.register(aNewPerson());
        CaseId caseId = CaseId.random();
        ContactRecorded recorded = contact(caseId, citizenId, details(new OfficeId("monza-san-rocco"), hoursAgo(4),
                ContactOutcome.ORIENTATION));
        store(caseId, () -> withoutAppointmentId(recorded.contactId()),
                new CaseOpened(caseId, new CitizenId(citizenId), new OfficeId("monza-san-rocco"), hoursAgo(4)),
                recorded);

        List<Object> loaded = storedPayloads(caseId);

        assertThat(loaded.get(1)).isInstanceOf(ContactRecorded.class);
        assertThat(((ContactRecorded) loaded.get(1)).details().appointmentId()).isNull();
        assertThat(api.recordContact(contactOf(citizenId)).caseId()).isEqualTo(caseId.value());
    }

    @Test
    void aRebuiltReadModelShowsWhatTodaysRulesRefuseAsItWas() {
        UUID citizenId = api.register(aNewPerson());
        CaseId caseId = CaseId.random();
        OfficeId oldShape = new OfficeId("Monza San Rocco");
        ContactRecorded retired = contact(caseId, citizenId, details(oldShape, Instant.parse("1850-03-01T10:00:00Z"),
                ContactOutcome.ORIENTATION, ContactOutcome.NO_FURTHER_ACTION));
        store(caseId, () -> retire(ContactOutcome.NO_FURTHER_ACTION.name(), retired.contactId()),
                new CaseOpened(caseId, new CitizenId(citizenId), oldShape, hoursAgo(2)), retired);
        JsonNode before = api.get("/api/cases/" + caseId).json();

        Response rebuilt = api.postJson("/api/admin/read-models/intake-projections/rebuild", "", IntakeApi.ADMIN);

        assertThat(rebuilt.status()).as(rebuilt.body()).isEqualTo(200);
        assertThat(api.get("/api/cases/" + caseId).json()).isEqualTo(before);
        assertThat(before.path("contacts").path(0).path("outcomes").path(1).asString()).isEqualTo("UNRECOGNISED");
    }

    private List<String> deadLetteredTypes(CaseId caseId) {
        Response letters = api.get("/api/admin/dead-letters", IntakeApi.ADMIN);
        assertThat(letters.status()).as(letters.body()).isEqualTo(200);
        return letters.json().valueStream()
                .filter(letter -> caseId.toString().equals(letter.path("sequenceId").asString()))
                .map(letter -> letter.path("payloadType").asString())
                .map(type -> type.substring(type.lastIndexOf('.') + 1))
                .toList();
    }

    /** Stores the events of one case, as the case's own commands would have, with the projections in the same transaction. */
    private void store(CaseId caseId, Object... payloads) {
        store(caseId, () -> { }, payloads);
    }

    /** Stores the case's events and, in the same transaction (so no processor sees them before), does {@code also}. */
    private void store(CaseId caseId, Runnable also, Object... payloads) {
        List<DomainEventMessage<?>> events = new ArrayList<>();
        for (int sequence = 0; sequence < payloads.length; sequence++) {
            events.add(new GenericDomainEventMessage<>("Case", caseId.toString(), sequence, payloads[sequence],
                    new Caller(IntakeApi.OPERATOR_ID, "OPERATOR").asMetaData()));
        }
        UnitOfWork<?> unitOfWork = DefaultUnitOfWork.startAndGet(null);
        unitOfWork.attachTransaction(transactions);
        unitOfWork.execute(() -> {
            eventStore.publish(events);
            // After the store has written the events and the projections their rows, which both
            // happen when the unit of work prepares to commit (the event bus registered first).
            CurrentUnitOfWork.get().onPrepareCommit(u -> also.run());
            // The claim that recording the case's first contact made, and closing it would have ended.
            boolean closed = java.util.Arrays.stream(payloads).anyMatch(CaseClosed.class::isInstance);
            if (payloads[0] instanceof CaseOpened opened && !closed) {
                jdbc.sql("INSERT INTO open_case_claim (citizen_id, case_id) VALUES (?, ?)")
                        .params(opened.citizenId().value(), caseId.value()).update();
            }
        });
    }

    /**
     * Writes the contact's outcome {@code code} as the retired {@link #RETIRED_OUTCOME}, in the stored
     * event and in the read model, as both would hold it had the contact been recorded when that
     * code was still in use.
     */
    private void retire(String code, ContactId contactId) {
        int events = jdbc.sql("""
                UPDATE domain_event_entry
                   SET payload = convert_to(replace(convert_from(payload, 'UTF8'), ?, ?), 'UTF8')
                 WHERE payload_type = ? AND convert_from(payload, 'UTF8') LIKE ?""")
                .params(quoted(code), quoted(RETIRED_OUTCOME), ContactRecorded.class.getName(),
                        "%" + contactId.value() + "%")
                .update();
        int rows = jdbc.sql("UPDATE contact SET outcomes = replace(outcomes::text, ?, ?)::jsonb WHERE contact_id = ?")
                .params(quoted(code), quoted(RETIRED_OUTCOME), contactId.value())
                .update();
        assertThat(events).as("stored events rewritten").isEqualTo(1);
        assertThat(rows).as("read-model rows rewritten").isEqualTo(1);
    }

    /**
     * Takes {@code appointmentId} out of the stored contact, as revision 2 was written before it
     * existed; the revision stays 2.
     */
    private void withoutAppointmentId(ContactId contactId) {
        int events = jdbc.sql("UPDATE domain_event_entry"
                        + " SET payload = convert_to(replace(convert_from(payload, 'UTF8'), ',\"appointmentId\":null', ''), 'UTF8')"
                        + " WHERE payload_type = ? AND payload_revision = ? AND convert_from(payload, 'UTF8') LIKE ?")
                .params(ContactRecorded.class.getName(), ContactRecorded.REVISION, "%" + contactId.value() + "%")
                .update();
        String stored = jdbc.sql("SELECT convert_from(payload, 'UTF8') FROM domain_event_entry WHERE payload_type = ? "
                        + "AND convert_from(payload, 'UTF8') LIKE ?")
                .params(ContactRecorded.class.getName(), "%" + contactId.value() + "%").query(String.class).single();
        assertThat(events).as("stored events rewritten").isEqualTo(1);
        assertThat(stored).doesNotContain("appointmentId");
    }

    private List<Object> storedPayloads(CaseId caseId) {
        return eventStore.readEvents(caseId.toString()).asStream().map(Message::getPayload).map(Object.class::cast)
                .toList();
    }

    private static ContactRecorded contact(CaseId caseId, UUID citizenId, ContactDetails details) {
        // The notes are the citizen's personal data, sealed under their key.
        ContactDetails noted = new ContactDetails(details.officeId(), details.channel(), details.occurredAt(),
                details.operators(), details.needs(), details.outcomes(),
                Personal.of(SubjectId.of(citizenId), "Came with her neighbour."));
        return new ContactRecorded(ContactId.random(), new CitizenId(citizenId), caseId, noted,
                Instant.now().truncatedTo(ChronoUnit.MILLIS));
    }

    private static ContactDetails details(OfficeId officeId, Instant occurredAt, ContactOutcome... outcomes) {
        return new ContactDetails(officeId, Channel.WALK_IN, occurredAt,
                List.of(new Operator("op-0173", OperatorRole.SOCIAL_WORKER)),
                List.of(new Need(UserArea.ELDERLY, List.of(NeedCategory.ISOLATION))), List.of(outcomes), null);
    }

    private static Instant hoursAgo(int hours) {
        return Instant.now().minus(hours, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
    }

    private static String quoted(String code) {
        return "\"" + code + "\"";
    }
}
