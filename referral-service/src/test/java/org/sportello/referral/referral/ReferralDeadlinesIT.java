package org.sportello.referral.referral;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.sportello.contracts.referral.v1.ReferralOverdue;
import org.sportello.referral.ReferralApi;
import org.sportello.referral.ReferralApi.Response;
import org.sportello.referral.ReferralTopicReader;
import org.sportello.referral.RunningReferral;
import org.sportello.referral.calendar.ItalianWorkingDays;
import org.springframework.beans.factory.annotation.Autowired;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The deadline check as a platform job ("referral-deadlines", db-scheduler on referral's database,
 * so its next run is a row that survives restarts): run by an administrator now, nothing is late;
 * run as it would be once the provider's last working day is over, the referral becomes overdue,
 * shows in its office's overdue list, is published, and may still be answered.
 */
class ReferralDeadlinesIT extends RunningReferral {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    private ReferralDeadlines deadlines;

    @Test
    void referralUnansweredAfterItsLastWorkingDayIsOverdueAndStillAnswerable() {
        ReferralApi api = new ReferralApi(port);
        // One working day: the earliest deadline of any provider, so moving the check to it finds only this one.
        ReferralScene scene = ReferralScene.create(jdbc, api, 1);
        UUID referralId = scene.send(api);
        JsonNode sent = api.get("/api/referrals/" + referralId, scene.operator()).json();
        LocalDate dueBy = LocalDate.parse(sent.path("dueBy").asString());
        assertThat(dueBy).isEqualTo(new ItalianWorkingDays().dueBy(Instant.parse(sent.path("sentAt").asString()), 1));
        Instant passes = new ItalianWorkingDays().passedAt(dueBy);

        Response now = api.post("/api/admin/jobs/" + ReferralDeadlines.NAME + "/runs", null, ReferralApi.ADMIN);
        assertThat(now.status()).as(now.body()).isEqualTo(200);
        assertThat(now.json().path("outcome").asString()).isEqualTo("SUCCEEDED");
        assertThat(state(api, scene, referralId)).as("nothing is late today").isEqualTo("SENT");

        deadlines.run(passes.minusSeconds(1));
        assertThat(state(api, scene, referralId)).as("on its last day").isEqualTo("SENT");

        deadlines.run(passes);
        JsonNode overdue = api.get("/api/referrals/" + referralId, scene.operator()).json();
        assertThat(overdue.path("state").asString()).isEqualTo("OVERDUE");
        assertThat(Instant.parse(overdue.path("overdueAt").asString())).isEqualTo(passes);

        JsonNode list = api.get("/api/offices/" + scene.place().secretariatId() + "/referrals?state=OVERDUE",
                scene.operator()).json();
        assertThat(list).hasSize(1);
        assertThat(list.path(0).path("referralId").asString()).isEqualTo(referralId.toString());
        assertThat(list.path(0).path("dueBy").asString()).isEqualTo(dueBy.toString());
        assertThat(list.path(0).path("serviceType").asString()).isEqualTo("ADDICTIONS");

        try (ReferralTopicReader topic = new ReferralTopicReader()) {
            ConsumerRecord<String, byte[]> record = topic.await(ReferralOverdue.TYPE, referralId.toString(),
                    Duration.ofSeconds(60));
            JsonNode published = JSON.readTree(record.value());
            assertThat(published.path("dueBy").asString()).isEqualTo(dueBy.toString());
            assertThat(published.path("providerId").asString()).isEqualTo(scene.providerId());
        }

        deadlines.run(passes.plusSeconds(3600));
        assertThat(storedEvents(org.sportello.referral.referral.ReferralOverdue.class, referralId.toString()))
                .as("overdue once").isEqualTo(1);

        Response late = api.post("/api/referrals/" + referralId + "/accept", Map.of(), scene.provider());
        assertThat(late.status()).as(late.body()).isEqualTo(200);
        assertThat(late.json().path("state").asString()).isEqualTo("ACCEPTED");
    }

    @Test
    void deadlineCheckIsAScheduledJobOfTheServicesDatabase() {
        JsonNode jobs = new ReferralApi(port).get("/api/admin/jobs", ReferralApi.ADMIN).json();
        JsonNode job = null;
        for (JsonNode each : jobs) {
            if (ReferralDeadlines.NAME.equals(each.path("name").asString())) {
                job = each;
            }
        }
        assertThat(job).as(jobs.toString()).isNotNull();
        assertThat(job.path("schedule").asString()).isEqualTo("FIXED_DELAY|60s");
        assertThat(jdbc.sql("SELECT count(*) FROM scheduled_tasks WHERE task_name = ?").param(ReferralDeadlines.NAME)
                .query(Long.class).single()).isEqualTo(1);
    }

    private static String state(ReferralApi api, ReferralScene scene, UUID referralId) {
        return api.get("/api/referrals/" + referralId, scene.operator()).json().path("state").asString();
    }
}
