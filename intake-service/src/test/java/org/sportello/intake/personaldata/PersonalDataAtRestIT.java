package org.sportello.intake.personaldata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sportello.intake.IntakeRequests.anonymousContact;
import static org.sportello.intake.IntakeRequests.contactOf;
import static org.sportello.intake.IntakeRequests.with;
import static org.sportello.intake.citizen.CitizenFixture.aNewPerson;

import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.sportello.intake.IntakeApi;
import org.sportello.intake.IntakeOnItsOwn;
import org.sportello.intake.IntakeApi.Response;
import org.sportello.intake.citizen.CitizenFixture.Person;
import org.sportello.intake.personaldata.RawBytes.Found;
import org.sportello.intake.publishing.TopicReader;
import org.sportello.testing.TestInfrastructure;

import tools.jackson.databind.JsonNode;

/**
 * The proof the issue asks for: citizens with names, fiscal codes, phone numbers, e-mails and
 * notes that appear nowhere else; one of them erased; intake restarted and its read models
 * replayed from the event store; then every byte of every table of its database, and of the
 * topics it publishes, searched for those texts. The erased citizen's appear nowhere, and the
 * others' appear nowhere in plain text either, while the API still shows them to operators.
 */
class PersonalDataAtRestIT {

    private static final String EVENTS_TOPIC = "sportello.intake.events";
    private static final String ERASURES_TOPIC = "sportello.intake.erasures";
    private static final String ERASED = "sportello.intake.CitizenErased.v1";

    private final Map<String, Object> intake = IntakeOnItsOwn.settings("intake_at_rest");
    private final String masterKey = IntakeOnItsOwn.newMasterKey();

    private record Registered(UUID citizenId, UUID contactId, Person person, String notes) {

        List<String> texts() {
            return List.of(person.fiscalCode(), person.firstName(), person.lastName(), person.phone(), person.email(),
                    notes);
        }
    }

    @Test
    void noPersonalDataIsStoredInPlainTextAndAnErasedCitizensIsGoneForGood() {
        List<Registered> citizens = new ArrayList<>();
        String anonymousNotes = "Rang about Gualtierina" + tag() + ", who lives alone on via dei Mille.";
        UUID anonymousContactId;
        try (var running = IntakeOnItsOwn.start(IntakeOnItsOwn.withMasterKeys(intake, masterKey, ""))) {
            IntakeApi api = running.api();
            for (int i = 0; i < 3; i++) {
                Person person = aNewPerson();
                UUID citizenId = api.register(person);
                String notes = "Spoke of Ildebranda" + tag() + ", her sister, who cannot climb stairs.";
                UUID contactId = api.recordContact(with(contactOf(citizenId), "notes", notes)).contactId();
                citizens.add(new Registered(citizenId, contactId, person, notes));
            }
            anonymousContactId = api.recordContact(with(anonymousContact(), "notes", anonymousNotes)).contactId();

            Response erasure = api.postJson("/api/citizens/" + citizens.get(1).citizenId() + "/erasure",
                    "{\"ground\": \"CONSENT_WITHDRAWN\", \"reference\": \"Prot. 2026/0117\"}", IntakeApi.ADMIN);
            assertThat(erasure.status()).as(erasure.body()).isIn(202, 204);
            try (TopicReader topic = new TopicReader(TestInfrastructure.kafkaBootstrapServers())) {
                topic.await(ERASED, citizens.get(1).citizenId(), Duration.ofSeconds(60));
            }
        }

        try (var restarted = IntakeOnItsOwn.start(IntakeOnItsOwn.withMasterKeys(intake, masterKey, ""))) {
            IntakeApi api = restarted.api();
            Response rebuild = api.postJson("/api/admin/read-models/intake-projections/rebuild", "", IntakeApi.ADMIN);
            assertThat(rebuild.status()).as(rebuild.body()).isEqualTo(200);
            assertThat(rebuild.json().path("completion").asString()).isEqualTo("COMPLETED");

            Registered kept = citizens.get(0);
            JsonNode shown = api.get("/api/citizens/" + kept.citizenId()).json();
            assertThat(shown.path("lastName").asString()).isEqualTo(kept.person().lastName());
            assertThat(shown.path("erased").asBoolean()).isFalse();
            assertThat(api.get("/api/contacts/" + kept.contactId()).json().path("notes").asString())
                    .isEqualTo(kept.notes());
            assertThat(api.get("/api/contacts/" + anonymousContactId).json().path("notes").asString())
                    .isEqualTo(anonymousNotes);

            Registered erased = citizens.get(1);
            JsonNode gone = api.get("/api/citizens/" + erased.citizenId()).json();
            assertThat(gone.path("erased").asBoolean()).isTrue();
            assertThat(gone.path("lastName").asString()).isEqualTo("[erased]");
            assertThat(gone.path("birthDate").isNull()).isTrue();
            JsonNode erasedContact = api.get("/api/contacts/" + erased.contactId()).json();
            assertThat(erasedContact.path("notes").asString()).isEqualTo("[erased]");
            assertThat(erasedContact.path("erased").asBoolean()).isTrue();

            List<String> texts = new ArrayList<>(List.of(anonymousNotes));
            citizens.forEach(citizen -> texts.addAll(citizen.texts()));

            assertThat(RawBytes.tables(restarted.jdbc())).contains("domain_event_entry", "snapshot_event_entry",
                    "citizen", "contact", "fiscal_code_claim", "data_key", "dead_letter_entry", "token_entry");
            // The scan reads bytea and text alike: it finds what is meant to be there in plain text.
            assertThat(RawBytes.inDatabase(restarted.jdbc(), List.of("monza-san-rocco")))
                    .extracting(Found::where).contains("contact.office_id", "domain_event_entry.payload");
            assertThat(RawBytes.inDatabase(restarted.jdbc(), texts)).isEmpty();

            String kafka = TestInfrastructure.kafkaBootstrapServers();
            for (String topic : List.of(EVENTS_TOPIC, ERASURES_TOPIC)) {
                assertThat(RawBytes.records(kafka, topic)).as("records on %s", topic).isPositive();
                assertThat(RawBytes.inTopic(kafka, topic, List.of(erased.citizenId().toString())))
                        .as("the pseudonymous id is on %s", topic).isNotEmpty();
                assertThat(RawBytes.inTopic(kafka, topic, texts)).as("personal data on %s", topic).isEmpty();
            }
        }
    }

    private static String tag() {
        return Long.toString(Math.abs(new SecureRandom().nextLong()), 36);
    }
}
