package org.sportello.intake.appointment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.sportello.intake.IntakeRequests.anonymousContact;
import static org.sportello.intake.IntakeRequests.contactOf;
import static org.sportello.intake.IntakeRequests.with;
import static org.sportello.intake.citizen.CitizenFixture.aNewPerson;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sportello.contracts.intake.v1.ContactRecorded;
import org.sportello.intake.IntakeApi.Recorded;
import org.sportello.intake.IntakeApi.Response;
import org.sportello.intake.IntakeRequests;
import org.sportello.intake.RunningIntake;
import org.sportello.intake.SchedulingEvents;
import org.sportello.intake.contact.AppointmentChannelRequired;
import org.sportello.intake.publishing.TopicReader;
import org.sportello.platform.json.ContractJson;
import org.sportello.testing.TestInfrastructure;

/**
 * An attended appointment is a contact at intake: the operator records the interview with the
 * appointment's id, which intake knows from scheduling's events. At the appointment's office, for
 * its citizen, and once.
 */
class AppointmentContactsIT extends RunningIntake {

    private static final Duration PROMPTLY = Duration.ofSeconds(30);
    private static final String OTHER_OFFICE = "monza-triante";

    private SchedulingEvents scheduling;

    @BeforeEach
    void connectToScheduling() {
        scheduling = new SchedulingEvents(TestInfrastructure.kafkaBootstrapServers());
        SchedulingEvents.ensureOfficesKnown(TestInfrastructure.kafkaBootstrapServers(), jdbc, OTHER_OFFICE);
    }

    @AfterEach
    void disconnect() {
        scheduling.close();
    }

    @Test
    void interviewIsRecordedOnceWithItsAppointmentAndPublishedWithIt() {
        UUID citizenId = api.register(aNewPerson());
        UUID appointment = booked(IntakeRequests.OFFICE, citizenId);

        Response first = api.post("/api/contacts", interview(contactOf(citizenId), appointment));

        assertThat(first.status()).as(first.body()).isEqualTo(201);
        Recorded recorded = Recorded.of(first);
        assertThat(api.get("/api/contacts/" + recorded.contactId()).json().path("appointmentId").asString())
                .isEqualTo(appointment.toString());
        try (TopicReader topic = new TopicReader(TestInfrastructure.kafkaBootstrapServers())) {
            ConsumerRecord<String, byte[]> published = topic.await(ContactRecorded.TYPE, recorded.caseId(), PROMPTLY);
            assertThat(ContractJson.read(published.value(), ContactRecorded.class).appointmentId()).isEqualTo(appointment);
        }

        long before = storedEvents();
        Response second = api.post("/api/contacts", interview(contactOf(citizenId), appointment));

        assertProblem(second, 409, AppointmentAlreadyRecorded.TYPE, "appointmentId");
        assertThat(second.json().path("contactId").asString()).isEqualTo(recorded.contactId().toString());
        assertThat(storedEvents()).as("nothing stored").isEqualTo(before);
    }

    @Test
    void twoContactsRacingForOneAppointmentRecordOne() throws Exception {
        UUID citizenId = api.register(aNewPerson());
        UUID appointment = booked(IntakeRequests.OFFICE, citizenId);

        List<Integer> statuses = concurrently(4,
                () -> api.post("/api/contacts", interview(contactOf(citizenId), appointment)).status());

        assertThat(statuses).containsExactlyInAnyOrder(201, 409, 409, 409);
        assertThat(jdbc.sql("SELECT count(*) FROM contact WHERE appointment_id = ?").param(appointment)
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void anonymousCallersInterviewIsAnAnonymousContact() {
        UUID appointment = booked(IntakeRequests.OFFICE, null);

        assertProblem(api.post("/api/contacts", interview(contactOf(api.register(aNewPerson())), appointment)), 422,
                AppointmentMismatch.TYPE, "appointmentId");
        Response anonymous = api.post("/api/contacts", interview(anonymousContact(), appointment));

        assertThat(anonymous.status()).as(anonymous.body()).isEqualTo(201);
        assertProblem(api.post("/api/contacts", interview(anonymousContact(), appointment)), 409,
                AppointmentAlreadyRecorded.TYPE, "appointmentId");
    }

    @Test
    void interviewAtAnotherOfficeOrOfAnotherCitizenIsRefused() {
        UUID citizenId = api.register(aNewPerson());
        UUID appointment = booked(IntakeRequests.OFFICE, citizenId);
        long before = storedEvents();

        assertProblem(api.post("/api/contacts", with(interview(contactOf(citizenId), appointment), "officeId",
                OTHER_OFFICE)), 422, AppointmentMismatch.TYPE, "appointmentId");
        assertProblem(api.post("/api/contacts", interview(contactOf(api.register(aNewPerson())), appointment)), 422,
                AppointmentMismatch.TYPE, "appointmentId");
        assertThat(storedEvents()).as("only the second citizen's registration").isEqualTo(before + 1);
        assertThat(api.post("/api/contacts", interview(contactOf(citizenId), appointment)).status())
                .as("the appointment is still free for its own contact").isEqualTo(201);
    }

    @Test
    void appointmentSchedulingNeverBookedIsRefused() {
        long before = storedEvents();

        assertProblem(api.post("/api/contacts", interview(anonymousContact(), UUID.randomUUID())), 422,
                UnknownAppointment.TYPE, "appointmentId");
        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void appointmentIdWithAnotherChannelIsRefused() {
        UUID appointment = booked(IntakeRequests.OFFICE, null);

        assertProblem(api.post("/api/contacts", with(anonymousContact(), "appointmentId", appointment.toString())),
                400, AppointmentChannelRequired.TYPE, "appointmentId");
    }

    @Test
    void rescheduledAppointmentIsInterviewedAtItsNewOfficeAndACancelledOneNotAtAll() {
        UUID citizenId = api.register(aNewPerson());
        UUID moved = booked(IntakeRequests.OFFICE, citizenId);
        UUID cancelled = booked(IntakeRequests.OFFICE, citizenId);

        scheduling.appointmentRescheduled(moved, OTHER_OFFICE);
        scheduling.appointmentCancelled(cancelled, IntakeRequests.OFFICE);

        await().atMost(PROMPTLY).until(() -> api.post("/api/contacts", with(interview(contactOf(citizenId), moved),
                "officeId", OTHER_OFFICE)).status() == 201);
        await().atMost(PROMPTLY).until(() -> api.post("/api/contacts", interview(contactOf(citizenId), cancelled))
                .status() == 422);
        assertProblem(api.post("/api/contacts", interview(contactOf(citizenId), cancelled)), 422,
                AppointmentMismatch.TYPE, "appointmentId");
    }

    @Test
    void interviewRefusedLaterInItsTransactionLeavesTheAppointmentFree() {
        UUID citizenId = api.register(aNewPerson());
        UUID appointment = booked(IntakeRequests.OFFICE, citizenId);

        assertProblem(api.post("/api/contacts", with(interview(contactOf(citizenId), appointment), "occurredAt",
                Instant.now().plus(1, ChronoUnit.HOURS).toString())), 422, "contact-in-future", "occurredAt");

        assertThat(api.post("/api/contacts", interview(contactOf(citizenId), appointment)).status()).isEqualTo(201);
    }

    /** Booked in scheduling, and known to intake once its event has arrived. */
    private UUID booked(String office, UUID citizenId) {
        UUID appointment = scheduling.appointmentBooked(office, citizenId);
        await().atMost(PROMPTLY).until(() -> jdbc.sql("SELECT count(*) FROM known_appointment WHERE appointment_id = ?")
                .param(appointment).query(Long.class).single() == 1);
        return appointment;
    }

    private static Map<String, Object> interview(Map<String, Object> contact, UUID appointment) {
        contact.put("channel", "APPOINTMENT");
        contact.put("appointmentId", appointment.toString());
        return contact;
    }
}
