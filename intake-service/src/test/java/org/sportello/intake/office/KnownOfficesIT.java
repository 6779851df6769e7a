package org.sportello.intake.office;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.sportello.intake.IntakeRequests.anonymousContact;
import static org.sportello.intake.IntakeRequests.contactOf;
import static org.sportello.intake.IntakeRequests.with;
import static org.sportello.intake.citizen.CitizenFixture.aNewPerson;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sportello.contracts.scheduling.v1.OfficeCreated;
import org.sportello.intake.IntakeApi.Response;
import org.sportello.intake.RunningIntake;
import org.sportello.intake.SchedulingEvents;
import org.sportello.platform.consuming.DeadLetterTopics;
import org.sportello.platform.json.ContractJson;
import org.sportello.testing.TestInfrastructure;
import org.springframework.beans.factory.annotation.Value;

/**
 * Intake records contacts only at offices scheduling has published, and learns them from
 * {@code sportello.scheduling.events} as scheduling's relay sends them (CloudEvents, binary mode).
 */
class KnownOfficesIT extends RunningIntake {

    private static final Duration PROMPTLY = Duration.ofSeconds(30);

    @Value("${sportello.intake.offices.group-id}")
    String group;

    private SchedulingEvents scheduling;

    @BeforeEach
    void connectToScheduling() {
        scheduling = new SchedulingEvents(TestInfrastructure.kafkaBootstrapServers());
    }

    @AfterEach
    void disconnect() {
        scheduling.close();
    }

    @Test
    void contactAtAnOfficeSchedulingNeverPublishedIsRefusedNamingTheOffice() {
        UUID citizenId = api.register(aNewPerson());
        long before = storedEvents();

        Response named = api.post("/api/contacts", with(contactOf(citizenId), "officeId", newOffice()));
        Response anonymous = api.post("/api/contacts", with(anonymousContact(), "officeId", newOffice()));

        assertProblem(named, 422, UnknownOffice.TYPE, "officeId");
        assertProblem(anonymous, 422, UnknownOffice.TYPE, "officeId");
        assertThat(storedEvents()).as("nothing stored").isEqualTo(before);
        assertThat(jdbc.sql("SELECT count(*) FROM open_case_claim WHERE citizen_id = ?").param(citizenId)
                .query(Long.class).single()).as("no case claimed").isZero();
    }

    @Test
    void officeCreatedAMomentAgoIsAcceptedAsSoonAsItsEventHasArrived() {
        String office = newOffice();
        UUID citizenId = api.register(aNewPerson());
        assertProblem(api.post("/api/contacts", with(contactOf(citizenId), "officeId", office)), 422,
                UnknownOffice.TYPE, "officeId");

        scheduling.officeCreated(office);

        await().atMost(PROMPTLY).until(() -> api.post("/api/contacts", with(contactOf(citizenId), "officeId", office))
                .status() == 201);
        assertThat(api.post("/api/contacts", with(anonymousContact(), "officeId", office)).status()).isEqualTo(201);
        assertThat(jdbc.sql("SELECT municipality_id, kind, name FROM known_office WHERE office_id = ?").param(office)
                .query((rs, n) -> rs.getString(1) + "/" + rs.getString(2) + "/" + rs.getString(3)).single())
                .isEqualTo("monza/SECRETARIAT/Segretariato Sociale " + office);
    }

    @Test
    void redeliveredOfficeCreatedIsAppliedOnce() {
        String office = newOffice();
        String eventId = UUID.randomUUID().toString();
        scheduling.send(eventId, SchedulingEvents.officeCreated(office, "First delivery"));
        SchedulingEvents.awaitKnown(jdbc, office);

        scheduling.send(eventId, SchedulingEvents.officeCreated(office, "First delivery"));
        // Behind the redelivery on the same key, so on the same partition: once it is here, so was that.
        String marker = UUID.randomUUID().toString();
        scheduling.send(marker, OfficeCreated.TYPE, office,
                ContractJson.write(SchedulingEvents.officeCreated(newOffice(), "Marker")));
        await().atMost(PROMPTLY).until(() -> processed(marker) == 1);

        assertThat(processed(eventId)).isEqualTo(1);
        assertThat(jdbc.sql("SELECT count(*) FROM known_office WHERE office_id = ?").param(office).query(Long.class)
                .single()).isEqualTo(1);
    }

    @Test
    void poisonRecordIsADeadLetterAndTheOfficesBehindItStillArrive() {
        String office = newOffice();
        String notJson = UUID.randomUUID().toString();
        String reserved = UUID.randomUUID().toString();
        scheduling.send(notJson, OfficeCreated.TYPE, office, "{not json".getBytes(StandardCharsets.UTF_8));
        scheduling.send(reserved, OfficeCreated.TYPE, office,
                ContractJson.write(SchedulingEvents.officeCreated("all", "Every office at once")));
        scheduling.officeCreated(office);

        SchedulingEvents.awaitKnown(jdbc, office);

        ConsumerRecord<String, byte[]> letter = SchedulingEvents.deadLetter(TestInfrastructure.kafkaBootstrapServers(),
                notJson, group, PROMPTLY).orElseThrow();
        assertThat(SchedulingEvents.header(letter, DeadLetterTopics.REASON_HEADER)).contains("not JSON");
        assertThat(SchedulingEvents.header(letter, DeadLetterTopics.PROJECTION_HEADER))
                .isEqualTo(KnownOfficesProjection.NAME);
        assertThat(SchedulingEvents.header(SchedulingEvents.deadLetter(TestInfrastructure.kafkaBootstrapServers(),
                reserved, group, PROMPTLY).orElseThrow(), DeadLetterTopics.REASON_HEADER)).contains("'all'");
        assertThat(SchedulingEvents.isKnown(jdbc, "all")).isFalse();
    }

    @Test
    void rebuiltOfficesComeBackFromSchedulingsTopic() {
        String office = newOffice();
        scheduling.officeCreated(office);
        SchedulingEvents.awaitKnown(jdbc, office);

        Response rebuilt = api.postJson("/api/admin/read-models/" + KnownOfficesProjection.NAME + "/rebuild", "",
                org.sportello.intake.IntakeApi.ADMIN);

        assertThat(rebuilt.status()).as("the replay catches up in the background: " + rebuilt.body()).isEqualTo(202);
        SchedulingEvents.awaitKnown(jdbc, office, org.sportello.intake.IntakeRequests.OFFICE);
    }

    private long processed(String eventId) {
        return jdbc.sql("SELECT count(*) FROM processed_event WHERE projection = ? AND event_id = ?")
                .params(KnownOfficesProjection.NAME, eventId).query(Long.class).single();
    }

    private static String newOffice() {
        return "office-" + Integer.toHexString(ThreadLocalRandom.current().nextInt(0x1000000, 0x7fffffff));
    }
}
