package org.sportello.intake.casefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.sportello.intake.IntakeRequests.contactOf;
import static org.sportello.intake.citizen.CitizenFixture.aNewPerson;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;

import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.junit.jupiter.api.Test;
import org.sportello.intake.IntakeApi;
import org.sportello.intake.IntakeApi.Response;
import org.sportello.intake.RunningIntake;
import org.sportello.intake.citizen.CitizenFixture.Person;
import org.sportello.testing.TestInfrastructure;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

import tools.jackson.databind.json.JsonMapper;

/**
 * A long-followed case is loaded from a snapshot plus the events after it, and still knows
 * everything its events said; a snapshot of another shape is passed over, never fatal.
 */
@Import(CaseSnapshotIT.CountEventReads.class)
class CaseSnapshotIT extends RunningIntake {

    /** A context of its own (and a database of its own): the storage engine is wrapped to count reads. */
    @TestConfiguration(proxyBeanMethods = false)
    static class CountEventReads {

        @Bean
        static EventReads eventReads() {
            return new EventReads();
        }
    }

    private static final String OTHER_OPERATOR = TestInfrastructure.token("op-0102", "OPERATOR");

    @Autowired
    private EventReads eventReads;

    @Autowired
    private Serializer serializer;

    @Test
    void longFollowedCaseLoadsFromItsSnapshotAndOnlyTheEventsAfterIt() {
        Person person = aNewPerson();
        UUID citizenId = api.register(person);
        UUID caseId = api.recordContact(contactOf(citizenId)).caseId();
        assertThat(api.takeInCharge(caseId, IntakeApi.OPERATOR_ID).status()).isEqualTo(200);
        for (int i = 0; i < CaseConfiguration.SNAPSHOT_EVERY + 2; i++) {
            assertThat(api.recordContact(contactOf(citizenId)).caseId()).isEqualTo(caseId);
        }
        long lastEvent = lastSequenceNumber("domain_event_entry", caseId);
        long snapshotAt = lastSequenceNumber("snapshot_event_entry", caseId);
        assertThat(lastEvent + 1).as("events of the case").isGreaterThanOrEqualTo(CaseConfiguration.SNAPSHOT_EVERY + 2);
        assertThat(snapshotAt).as("sequence number of the snapshot").isPositive();
        eventReads.forget(caseId);

        // Loaded from the snapshot: still in charge, so another operator's take-in-charge is refused.
        assertProblem(takeInChargeAs(OTHER_OPERATOR, caseId), 409, "case-already-in-charge");

        assertThat(eventReads.of(caseId)).as("reads of the case's events for one load").singleElement()
                .satisfies(read -> {
                    assertThat(read.firstSequenceNumber()).isEqualTo(snapshotAt + 1);
                    assertThat(read.events()).isEqualTo(lastEvent - snapshotAt)
                            .isLessThanOrEqualTo(CaseConfiguration.SNAPSHOT_EVERY);
                });
        assertThat(api.closeCase(caseId, "NEED_MET").status()).isEqualTo(200);
        assertThat(api.recordContact(contactOf(citizenId)).caseId()).isNotEqualTo(caseId);
    }

    @Test
    void snapshotHoldsIdsStateAndOperatorUnderItsRevisionButNoPersonalData() {
        Person person = aNewPerson();
        UUID citizenId = api.register(person);
        UUID caseId = api.recordContact(contactOf(citizenId)).caseId();
        assertThat(api.takeInCharge(caseId, IntakeApi.OPERATOR_ID).status()).isEqualTo(200);
        for (int i = 0; i < CaseConfiguration.SNAPSHOT_EVERY + 2; i++) {
            api.recordContact(contactOf(citizenId));
        }

        var snapshot = jdbc.sql("""
                        SELECT payload_revision, convert_from(payload, 'UTF8') AS payload FROM snapshot_event_entry
                        WHERE aggregate_identifier = ? ORDER BY sequence_number DESC LIMIT 1""")
                .param(caseId.toString())
                .query((rs, n) -> new String[] {rs.getString("payload_revision"), rs.getString("payload")})
                .single();

        assertThat(snapshot[0]).isEqualTo(Case.SNAPSHOT_REVISION);
        assertThat(JsonMapper.builder().build().readTree(snapshot[1]).propertyNames())
                .containsExactlyInAnyOrder("caseId", "citizenId", "state", "inChargeOf");
        assertThat(snapshot[1]).contains(IntakeApi.OPERATOR_ID)
                .doesNotContain(person.firstName(), person.lastName(), person.fiscalCode(), "housing fund");
    }

    @Test
    void snapshotOfAnOlderShapeIsPassedOverAndTheCaseLoadsFromItsEvents() {
        UUID citizenId = api.register(aNewPerson());
        UUID caseId = api.recordContact(contactOf(citizenId)).caseId();
        assertThat(api.takeInCharge(caseId, IntakeApi.OPERATOR_ID).status()).isEqualTo(200);
        api.recordContact(contactOf(citizenId));
        long lastEvent = lastSequenceNumber("domain_event_entry", caseId);
        // Once, the state was an object and the ids were numbers: nothing today's Case can read.
        byte[] olderShape = """
                {"caseId": 17, "citizenId": 42, "state": {"code": 2, "since": "2026-01-05"}, "inChargeOf": ["op-0101"]}"""
                .getBytes(StandardCharsets.UTF_8);
        assertThat(catchThrowable(() -> serializer.deserialize(
                new SimpleSerializedObject<>(olderShape, byte[].class, Case.class.getName(), "0"))))
                .as("the older shape must be unreadable, or this test proves nothing").isNotNull();
        jdbc.sql("""
                        INSERT INTO snapshot_event_entry (aggregate_identifier, sequence_number, type, event_identifier,
                                                          meta_data, payload, payload_revision, payload_type, time_stamp)
                        VALUES (?, ?, ?, ?, ?, ?, '0', ?, ?)""")
                .params(caseId.toString(), lastEvent, Case.TYPE, UUID.randomUUID().toString(),
                        "{}".getBytes(StandardCharsets.UTF_8), olderShape, Case.class.getName(), Instant.now().toString())
                .update();
        eventReads.forget(caseId);

        // Rebuilt from its events: in charge, so another operator is refused; it can still be closed.
        assertProblem(takeInChargeAs(OTHER_OPERATOR, caseId), 409, "case-already-in-charge");

        assertThat(eventReads.of(caseId)).as("reads of the case's events for one load").singleElement()
                .isEqualTo(new EventReads.Read(0, (int) lastEvent + 1));
        assertThat(api.closeCase(caseId, "NEED_MET").status()).isEqualTo(200);
        assertThat(api.recordContact(contactOf(citizenId)).caseId()).isNotEqualTo(caseId);
    }

    private Response takeInChargeAs(String token, UUID caseId) {
        return api.postJson("/api/cases/" + caseId + "/take-in-charge", "{}", token);
    }

    private long lastSequenceNumber(String table, UUID caseId) {
        return jdbc.sql("SELECT max(sequence_number) FROM " + table + " WHERE aggregate_identifier = ?")
                .param(caseId.toString()).query(Long.class).single();
    }
}
