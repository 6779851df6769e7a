package org.sportello.intake.casefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sportello.intake.IntakeRequests.contactOf;
import static org.sportello.intake.citizen.CitizenFixture.aNewPerson;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.sportello.intake.RunningIntake;

/** A long-followed case is loaded from a snapshot, and still knows everything its events said. */
class CaseSnapshotIT extends RunningIntake {

    @Test
    void caseWithManyContactsIsSnapshottedAndKeepsItsRules() {
        UUID citizenId = api.register(aNewPerson());
        UUID caseId = api.recordContact(contactOf(citizenId)).caseId();
        assertThat(api.takeInCharge(caseId, "op-0101").status()).isEqualTo(200);
        for (int i = 0; i < CaseConfiguration.SNAPSHOT_EVERY + 2; i++) {
            assertThat(api.recordContact(contactOf(citizenId)).caseId()).isEqualTo(caseId);
        }

        long snapshots = jdbc.sql("SELECT count(*) FROM snapshot_event_entry WHERE aggregate_identifier = ?")
                .param(caseId.toString()).query(Long.class).single();
        assertThat(snapshots).isPositive();
        // Loaded from the snapshot: still in charge, so a second take-in-charge is refused.
        assertProblem(api.takeInCharge(caseId, "op-0102"), 409, "case-already-in-charge");
        assertThat(api.closeCase(caseId, "NEED_MET").status()).isEqualTo(200);
        assertThat(api.recordContact(contactOf(citizenId)).caseId()).isNotEqualTo(caseId);
    }
}
