package org.sportello.intake.citizen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sportello.intake.IntakeRequests.contactOf;
import static org.sportello.intake.citizen.CitizenFixture.aNewPerson;

import java.time.Instant;
import java.time.Period;
import java.time.ZoneId;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.sportello.intake.IntakeApi;
import org.sportello.intake.IntakeApi.Response;
import org.sportello.intake.IntakeOnItsOwn;
import org.sportello.platform.jobs.JobReport;

import tools.jackson.databind.JsonNode;

/**
 * The retention period erases, by itself, the citizens whose cases are all closed and the last
 * one longer ago than the period, and no one else; the erasure register says it did. On a
 * database of its own, since the job erases every citizen who is due, whoever's test made them.
 */
class RetentionIT {

    private static final Period RETENTION = Period.ofYears(10);

    @Test
    void citizensWhoseLastCaseClosedLongerAgoThanThePeriodAreErasedAndNoOneElse() {
        Map<String, Object> settings = IntakeOnItsOwn.settings("intake_retention");
        settings.put("sportello.retention.after-last-case-closed", "10y");
        try (IntakeOnItsOwn intake = IntakeOnItsOwn.start(settings)) {
            IntakeApi api = intake.api();
            UUID closed = citizenWithCase(api, true);
            UUID open = citizenWithCase(api, false);
            UUID closedThenBack = citizenWithCase(api, true);
            api.recordContact(contactOf(closedThenBack));
            UUID neverACase = api.register(aNewPerson());

            // Run now, nothing is due: every case closed today.
            Response now = api.postJson("/api/admin/jobs/" + Retention.NAME + "/runs", "", IntakeApi.ADMIN);
            assertThat(now.status()).as(now.body()).isEqualTo(200);
            assertThat(now.json().path("summary").asString()).startsWith("erased 0 citizens");

            // As the job runs on the day the period ends for today's closures, and after.
            Instant periodOver = Instant.now().atZone(ZoneId.of("Europe/Rome")).plus(RETENTION).plusDays(1).toInstant();
            JobReport report = intake.bean(Retention.class).run(periodOver);

            assertThat(report.summary()).startsWith("erased 1 citizens whose last case closed before");
            assertThat(erased(api, closed)).isTrue();
            assertThat(erased(api, open)).isFalse();
            assertThat(erased(api, closedThenBack)).isFalse();
            assertThat(erased(api, neverACase)).isFalse();
            JsonNode register = api.get("/api/admin/erasures", IntakeApi.ADMIN).json();
            assertThat(register).hasSize(1);
            assertThat(register.path(0).path("citizenId").asString()).isEqualTo(closed.toString());
            assertThat(register.path(0).path("ground").asString()).isEqualTo("NO_LONGER_NECESSARY");
            assertThat(register.path(0).path("erasedBy").asString()).isEqualTo(Retention.ERASED_BY);

            assertThat(intake.bean(Retention.class).run(periodOver).summary())
                    .as("a second run finds no one left").startsWith("erased 0 citizens");
        }
    }

    private static UUID citizenWithCase(IntakeApi api, boolean closeIt) {
        UUID citizenId = api.register(aNewPerson());
        UUID caseId = api.recordContact(contactOf(citizenId)).caseId();
        if (closeIt) {
            Response closed = api.closeCase(caseId, "NEED_MET");
            assertThat(closed.status()).as(closed.body()).isEqualTo(200);
        }
        return citizenId;
    }

    private static boolean erased(IntakeApi api, UUID citizenId) {
        return api.get("/api/citizens/" + citizenId).json().path("erased").asBoolean();
    }
}
