package org.sportello.intake.publishing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.sportello.intake.IntakeRequests.anonymousContact;
import static org.sportello.intake.IntakeRequests.contactOf;
import static org.sportello.intake.IntakeRequests.with;
import static org.sportello.intake.citizen.CitizenFixture.aNewPerson;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.Message;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sportello.contracts.CloudEventHeaders;
import org.sportello.contracts.intake.IntakeTopic;
import org.sportello.contracts.intake.v1.CaseClosed;
import org.sportello.contracts.intake.v1.CaseOpened;
import org.sportello.contracts.intake.v1.CaseTakenInCharge;
import org.sportello.contracts.intake.v1.CitizenRegistered;
import org.sportello.contracts.intake.v1.ContactRecorded;
import org.sportello.intake.IntakeApi;
import org.sportello.intake.IntakeApi.Recorded;
import org.sportello.intake.IntakeApi.Response;
import org.sportello.intake.RunningIntake;
import org.sportello.intake.citizen.CitizenFixture;
import org.sportello.intake.citizen.CitizenFixture.Person;
import org.sportello.platform.caller.Caller;
import org.sportello.platform.json.ContractJson;
import org.sportello.testing.TestInfrastructure;
import org.springframework.beans.factory.annotation.Autowired;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What other services see of intake: its events on Kafka as CloudEvents, keyed by aggregate, with
 * no personal data. The topic is shared by every test of this JVM, so records are picked by id.
 */
class IntakeRelayIT extends RunningIntake {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    private EventStore eventStore;

    @Autowired
    private IntakeContractTranslator translator;

    private KafkaConsumer<String, byte[]> consumer;
    private final List<ConsumerRecord<String, byte[]>> received = new ArrayList<>();

    @BeforeEach
    void subscribe() {
        consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, TestInfrastructure.kafkaBootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "intake-relay-it-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false),
                new StringDeserializer(), new ByteArrayDeserializer());
        consumer.subscribe(List.of(IntakeTopic.NAME));
    }

    @AfterEach
    void close() {
        consumer.close();
    }

    @Test
    void namedContactIsPublishedAsCloudEventsKeyedByAggregate() {
        Person person = aNewPerson();
        UUID citizenId = api.register(person);
        Recorded contact = api.recordContact(contactOf(citizenId));

        ConsumerRecord<String, byte[]> registered = awaitRecord(CitizenRegistered.TYPE, citizenId);
        ConsumerRecord<String, byte[]> opened = awaitRecord(CaseOpened.TYPE, contact.caseId());
        ConsumerRecord<String, byte[]> recorded = awaitRecord(ContactRecorded.TYPE, contact.caseId());

        assertCloudEvent(registered, citizenId);
        assertCloudEvent(opened, contact.caseId());
        assertCloudEvent(recorded, contact.caseId());
        assertThat(ContractJson.read(registered.value(), CitizenRegistered.class).citizenId()).isEqualTo(citizenId);
        assertThat(ContractJson.read(opened.value(), CaseOpened.class).citizenId()).isEqualTo(citizenId);
        ContactRecorded published = ContractJson.read(recorded.value(), ContactRecorded.class);
        assertThat(published.contactId()).isEqualTo(contact.contactId());
        assertThat(published.citizenId()).isEqualTo(citizenId);
        assertThat(published.caseId()).isEqualTo(contact.caseId());
    }

    @Test
    void anonymousContactIsPublishedKeyedByTheContact() {
        Recorded contact = api.recordContact(anonymousContact());

        ConsumerRecord<String, byte[]> recorded = awaitRecord(ContactRecorded.TYPE, contact.contactId());

        assertCloudEvent(recorded, contact.contactId());
        ContactRecorded published = ContractJson.read(recorded.value(), ContactRecorded.class);
        assertThat(published.contactId()).isEqualTo(contact.contactId());
        assertThat(published.citizenId()).isNull();
        assertThat(published.caseId()).isNull();
    }

    @Test
    void publishedEventsCarryNoPersonalDataNorNotes() {
        Person person = aNewPerson();
        // Operators write whatever they are told into the notes, personal data included.
        String marker = "Sfratto-" + UUID.randomUUID();
        String notes = marker + ": " + person.firstName() + " " + person.lastName()
                + " " + person.fiscalCode() + " " + person.phone() + " " + person.email();
        UUID citizenId = api.register(person);
        Recorded named = api.recordContact(with(contactOf(citizenId), "notes", notes));
        Recorded anonymous = api.recordContact(with(anonymousContact(), "notes", notes));

        awaitRecord(CitizenRegistered.TYPE, citizenId);
        awaitRecord(CaseOpened.TYPE, named.caseId());
        awaitRecord(ContactRecorded.TYPE, named.caseId());
        awaitRecord(ContactRecorded.TYPE, anonymous.contactId());

        Set<String> ours = Set.of(citizenId.toString(), named.caseId().toString(), anonymous.contactId().toString());
        List<String> values = received.stream().filter(r -> ours.contains(r.key()))
                .map(r -> new String(r.value(), StandardCharsets.UTF_8)).toList();
        assertThat(values).hasSizeGreaterThanOrEqualTo(4).allSatisfy(value -> assertThat(value)
                .doesNotContain(person.firstName(), person.lastName(), person.fiscalCode(), person.phone(),
                        person.email(), marker, person.birthDate().toString(), person.municipalityOfResidence()));
    }

    @Test
    void citizenRegisteredCarriesTheYearOfBirthAndTheSexButNeverTheDate() {
        // New Year's Eve: a year taken from an instant in another zone would be the next one.
        Person person = CitizenFixture.aNewPersonBornOn(LocalDate.of(1961, 12, 31));
        UUID citizenId = api.register(person);

        ConsumerRecord<String, byte[]> registered = awaitRecord(CitizenRegistered.TYPE, citizenId);

        CitizenRegistered published = ContractJson.read(registered.value(), CitizenRegistered.class);
        assertThat(published.birthYear()).isEqualTo(1961);
        assertThat(published.sex().name()).isEqualTo(person.sex().name());
        assertThat(published.recordedBy()).isEqualTo(IntakeApi.OPERATOR_ID);
        JsonNode body = JSON.readTree(registered.value());
        assertThat(body.propertyNames()).containsExactlyInAnyOrder("citizenId", "registeredAt", "recordedBy",
                "birthYear", "sex");
        assertThat(new String(registered.value(), StandardCharsets.UTF_8))
                .doesNotContain("1961-12-31", "12-31", person.fiscalCode(), person.lastName());

        // Derived from the sealed data when published: intake's store holds neither in clear. Its event
        // has the id, the time and the sealed data only, so the year can be nowhere else in plain.
        JsonNode stored = JSON.readTree(jdbc.sql("SELECT payload FROM domain_event_entry WHERE payload_type = ?"
                        + " AND aggregate_identifier = ?")
                .params(org.sportello.intake.citizen.CitizenRegistered.class.getName(), citizenId.toString())
                .query(byte[].class).single());
        assertThat(stored.propertyNames()).containsExactlyInAnyOrder("citizenId", "personalData", "registeredAt");
        assertThat(stored.path("personalData").propertyNames()).containsExactlyInAnyOrder("subject", "ciphertext");
        ((ObjectNode) stored.path("personalData")).remove("ciphertext");
        assertThat(stored.toString()).doesNotContain("1961-12-31", "birth", "\"sex\"");
    }

    @Test
    void afterTheCitizensErasureTheRelayPublishesNeitherYearOfBirthNorSex() {
        UUID citizenId = api.register(aNewPerson());
        awaitRecord(CitizenRegistered.TYPE, citizenId);
        Response erasure = api.postJson("/api/citizens/" + citizenId + "/erasure",
                "{\"ground\": \"CONSENT_WITHDRAWN\", \"reference\": \"Prot. 2026/0119\"}", IntakeApi.ADMIN);
        assertThat(erasure.status()).as(erasure.body()).isIn(202, 204);

        // What a replay of the relay translates: the event as the event store gives it, its key now shredded.
        Object stored = eventStore.readEvents(citizenId.toString()).asStream().map(Message::getPayload).findFirst()
                .orElseThrow();
        Optional<Object> replayed = translator.translate(stored, null);

        assertThat(replayed).contains(new CitizenRegistered(citizenId,
                ((org.sportello.intake.citizen.CitizenRegistered) stored).registeredAt(), null, null, null));
    }

    @Test
    void eventsOfACaseArriveInTheOrderTheyHappened() {
        UUID citizenId = api.register(aNewPerson());
        UUID caseId = api.recordContact(contactOf(citizenId)).caseId();
        api.takeInCharge(caseId, IntakeApi.OPERATOR_ID);
        api.closeCase(caseId, "REFERRED_ELSEWHERE");

        awaitRecord(CaseClosed.TYPE, caseId);

        assertThat(received.stream().filter(r -> caseId.toString().equals(r.key()))
                .map(r -> header(r, CloudEventHeaders.TYPE)))
                .containsExactly(CaseOpened.TYPE, ContactRecorded.TYPE, CaseTakenInCharge.TYPE, CaseClosed.TYPE);
    }

    @Test
    void cloudEventIdIsTheStoredEventsIdSoConsumersCanDeduplicate() {
        Recorded contact = api.recordContact(anonymousContact());

        ConsumerRecord<String, byte[]> recorded = awaitRecord(ContactRecorded.TYPE, contact.contactId());

        String storedId = jdbc.sql("SELECT event_identifier FROM domain_event_entry WHERE aggregate_identifier = ?")
                .param(contact.contactId().toString()).query(String.class).single();
        assertThat(header(recorded, CloudEventHeaders.ID)).isEqualTo(storedId);
    }

    @Test
    void ceTimeIsWhenIntakeRecordedTheEventNotWhenTheContactHappened() {
        // The contracts README: ce_time is when intake recorded the event; occurredAt is in the body.
        Instant occurredAt = Instant.now().minus(2, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
        Instant before = Instant.now();
        Recorded contact = api.recordContact(with(anonymousContact(), "occurredAt", occurredAt.toString()));
        Instant after = Instant.now();

        ConsumerRecord<String, byte[]> recorded = awaitRecord(ContactRecorded.TYPE, contact.contactId());

        assertThat(Instant.parse(header(recorded, CloudEventHeaders.TIME))).isBetween(before, after);
    }

    @Test
    void eventsRecordTheTokensOperatorInTheirMetadataAndPublishItAsRecordedBy() {
        UUID citizenId = api.register(aNewPerson());
        Recorded contact = api.recordContact(contactOf(citizenId));

        List<JsonNode> metaData = jdbc.sql("SELECT meta_data FROM domain_event_entry WHERE aggregate_identifier = ?"
                        + " ORDER BY sequence_number")
                .param(contact.caseId().toString()).query(byte[].class).list().stream()
                .map(JSON::readTree).toList();
        assertThat(metaData).hasSize(2).allSatisfy(meta -> {
            assertThat(meta.path(Caller.ID).asString()).isEqualTo(IntakeApi.OPERATOR_ID);
            assertThat(meta.path(Caller.ROLE).asString()).isEqualTo("OPERATOR");
            // Axon's own correlation data stays alongside the caller.
            assertThat(meta.path("traceId").asString()).isNotBlank();
        });
        ConsumerRecord<String, byte[]> recorded = awaitRecord(ContactRecorded.TYPE, contact.caseId());
        ConsumerRecord<String, byte[]> opened = awaitRecord(CaseOpened.TYPE, contact.caseId());
        assertThat(ContractJson.read(recorded.value(), ContactRecorded.class).recordedBy()).isEqualTo(IntakeApi.OPERATOR_ID);
        assertThat(ContractJson.read(opened.value(), CaseOpened.class).recordedBy()).isEqualTo(IntakeApi.OPERATOR_ID);
    }

    @Test
    void requestBodyCannotSayWhoRecordedTheContact() {
        UUID citizenId = api.register(aNewPerson());
        long before = storedEvents();

        Response response = api.post("/api/contacts", with(contactOf(citizenId), "recordedBy", "someone-else"));

        assertThat(response.status()).as(response.body()).isEqualTo(400);
        assertThat(storedEvents()).isEqualTo(before);
    }

    private void assertCloudEvent(ConsumerRecord<String, byte[]> record, UUID aggregateId) {
        assertThat(record.key()).isEqualTo(aggregateId.toString());
        assertThat(header(record, CloudEventHeaders.SPEC_VERSION)).isEqualTo("1.0");
        assertThat(header(record, CloudEventHeaders.ID)).isNotBlank();
        assertThat(header(record, CloudEventHeaders.SOURCE)).isEqualTo("/sportello/intake");
        assertThat(header(record, CloudEventHeaders.SUBJECT)).isEqualTo(aggregateId.toString());
        assertThat(header(record, CloudEventHeaders.CONTENT_TYPE)).isEqualTo("application/json");
        assertThat(Instant.parse(header(record, CloudEventHeaders.TIME))).isNotNull();
    }

    /** Polls until a record of this type for this aggregate arrives, and returns it. */
    private ConsumerRecord<String, byte[]> awaitRecord(String type, UUID aggregateId) {
        Predicate<ConsumerRecord<String, byte[]>> wanted = record -> aggregateId.toString().equals(record.key())
                && type.equals(header(record, CloudEventHeaders.TYPE));
        return await().atMost(Duration.ofSeconds(30)).until(() -> {
            consumer.poll(Duration.ofMillis(200)).forEach(received::add);
            return received.stream().filter(wanted).findFirst().orElse(null);
        }, found -> found != null);
    }

    private static String header(ConsumerRecord<String, byte[]> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
