package org.sportello.referral.referral;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.sportello.contracts.CloudEventHeaders;
import org.sportello.contracts.referral.ReferralTopic;
import org.sportello.contracts.referral.v1.ReferralAccepted;
import org.sportello.contracts.referral.v1.ReferralCompleted;
import org.sportello.contracts.referral.v1.ReferralConsentWithdrawn;
import org.sportello.contracts.referral.v1.ReferralRejected;
import org.sportello.contracts.referral.v1.ReferralSent;
import org.sportello.contracts.referral.v1.ReferralWithdrawn;
import org.sportello.referral.ReferralApi;
import org.sportello.referral.ReferralTopicReader;
import org.sportello.referral.RunningReferral;
import org.sportello.referral.calendar.ItalianWorkingDays;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What other services see of referrals: each step's contract on sportello.referral.events, keyed by
 * the referral, with coded facts and who recorded it; never a name or a shared detail.
 */
class ReferralRelayIT extends RunningReferral {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Duration WITHIN = Duration.ofSeconds(60);

    @Test
    void eachStepOfAReferralIsPublishedWithoutItsPersonalDetails() {
        ReferralApi api = new ReferralApi(port);
        ReferralScene scene = ReferralScene.create(jdbc, api);
        Map<String, Object> body = scene.referral();
        Map<String, Object> consent = ReferralScene.consent("CITIZEN", "VERBAL_WITH_WITNESS",
                List.of("NEEDS", "CONTACT_DETAILS"));
        consent.put("witness", "Giulia Neri");
        body.put("consent", consent);
        body.put("sharedContact", "347 1234567");
        UUID completed = scene.send(api, body);
        ok(api.post(path(completed, "accept"), Map.of(), scene.provider()));
        ok(api.post(path(completed, "complete"), Map.of("outcome", "REDIRECTED"), scene.operator()));
        UUID rejected = scene.send(api);
        ok(api.post(path(rejected, "reject"), Map.of("reason", "NOT_ELIGIBLE", "source", "EMAIL"), scene.operator()));
        UUID withdrawn = scene.send(api);
        ok(api.post(path(withdrawn, "withdraw"), Map.of("reason", "NO_LONGER_NEEDED"), scene.operator()));
        UUID stopped = scene.send(api);
        ok(api.post(path(stopped, "consent-withdrawn"), null, scene.operator()));
        String operatorId = "operator-" + scene.place().secretariatId();

        try (ReferralTopicReader topic = new ReferralTopicReader()) {
            ConsumerRecord<String, byte[]> sentRecord = topic.await(ReferralSent.TYPE, completed.toString(), WITHIN);
            assertThat(ReferralTopicReader.header(sentRecord, CloudEventHeaders.SOURCE)).isEqualTo(ReferralTopic.SOURCE);
            assertThat(new String(sentRecord.value())).doesNotContain("Giulia").doesNotContain("347");
            JsonNode sent = JSON.readTree(sentRecord.value());
            assertThat(sent.path("caseId").asString()).isEqualTo(scene.knownCase().caseId().toString());
            assertThat(sent.path("citizenId").asString()).isEqualTo(scene.knownCase().citizenId().toString());
            assertThat(sent.path("providerId").asString()).isEqualTo(scene.providerId());
            assertThat(sent.path("serviceType").asString()).isEqualTo("ADDICTIONS");
            assertThat(sent.path("fromOfficeId").asString()).isEqualTo(scene.place().secretariatId());
            assertThat(sent.path("userArea").asString()).isEqualTo("ADDICTIONS");
            assertThat(sent.path("categories").toString()).isEqualTo("[\"HEALTH\",\"WORK\"]");
            assertThat(sent.path("consent").path("form").asString()).isEqualTo("VERBAL_WITH_WITNESS");
            assertThat(sent.path("consent").path("shareScope").toString()).isEqualTo("[\"NEEDS\",\"CONTACT_DETAILS\"]");
            assertThat(sent.path("dueBy").asString()).isNotBlank();
            assertThat(sent.path("recordedBy").asString()).isEqualTo(operatorId);

            JsonNode accepted = JSON.readTree(topic.await(ReferralAccepted.TYPE, completed.toString(), WITHIN).value());
            assertThat(accepted.path("source").asString()).isEqualTo("API");
            assertThat(accepted.path("recordedBy").asString()).isEqualTo("account-" + scene.providerId());
            JsonNode done = JSON.readTree(topic.await(ReferralCompleted.TYPE, completed.toString(), WITHIN).value());
            assertThat(done.path("outcome").asString()).isEqualTo("REDIRECTED");
            JsonNode no = JSON.readTree(topic.await(ReferralRejected.TYPE, rejected.toString(), WITHIN).value());
            assertThat(no.path("reason").asString()).isEqualTo("NOT_ELIGIBLE");
            assertThat(no.path("source").asString()).isEqualTo("EMAIL");
            JsonNode off = JSON.readTree(topic.await(ReferralWithdrawn.TYPE, withdrawn.toString(), WITHIN).value());
            assertThat(off.path("reason").asString()).isEqualTo("NO_LONGER_NEEDED");
            JsonNode consentOff = JSON.readTree(topic.await(ReferralConsentWithdrawn.TYPE, stopped.toString(), WITHIN)
                    .value());
            assertThat(consentOff.path("providerId").asString()).isEqualTo(scene.providerId());
            assertThat(consentOff.path("withdrawnAt").asString()).isNotBlank();
        }
    }

    @Test
    void stepsRecordedAfterTheFactArePublishedAtTheTimesGiven() {
        ReferralApi api = new ReferralApi(port);
        ReferralScene scene = ReferralScene.create(jdbc, api);
        Instant sentAt = Instant.now().minus(Duration.ofDays(5)).truncatedTo(ChronoUnit.SECONDS);
        Instant acceptedAt = sentAt.plus(Duration.ofDays(1));
        Instant completedAt = sentAt.plus(Duration.ofDays(2));
        Instant rejectedAt = sentAt.plus(Duration.ofHours(3));
        Instant withdrawnAt = sentAt.plus(Duration.ofHours(4));
        UUID completed = scene.send(api, scene.referralSentAt(sentAt));
        ok(api.post(path(completed, "accept"), Map.of("source", "PHONE", "answeredAt", acceptedAt.toString()),
                scene.operator()));
        ok(api.post(path(completed, "complete"), Map.of("outcome", "SERVICE_STARTED",
                "completedAt", completedAt.toString()), scene.operator()));
        UUID rejected = scene.send(api, scene.referralSentAt(sentAt));
        ok(api.post(path(rejected, "reject"), Map.of("reason", "DUPLICATE", "source", "EMAIL",
                "answeredAt", rejectedAt.toString()), scene.operator()));
        UUID withdrawn = scene.send(api, scene.referralSentAt(sentAt));
        ok(api.post(path(withdrawn, "withdraw"), Map.of("reason", "CITIZEN_REQUEST",
                "withdrawnAt", withdrawnAt.toString()), scene.operator()));

        try (ReferralTopicReader topic = new ReferralTopicReader()) {
            JsonNode sent = JSON.readTree(topic.await(ReferralSent.TYPE, completed.toString(), WITHIN).value());
            assertThat(Instant.parse(sent.path("sentAt").asString())).isEqualTo(sentAt);
            // ADDICTIONS answers in 10 working days, counted from when it was sent, not from when it was typed in.
            assertThat(sent.path("dueBy").asString()).isEqualTo(new ItalianWorkingDays().dueBy(sentAt, 10).toString());
            assertThat(at(topic, ReferralAccepted.TYPE, completed, "acceptedAt")).isEqualTo(acceptedAt);
            assertThat(at(topic, ReferralCompleted.TYPE, completed, "completedAt")).isEqualTo(completedAt);
            assertThat(at(topic, ReferralRejected.TYPE, rejected, "rejectedAt")).isEqualTo(rejectedAt);
            assertThat(at(topic, ReferralWithdrawn.TYPE, withdrawn, "withdrawnAt")).isEqualTo(withdrawnAt);
        }
    }

    private static Instant at(ReferralTopicReader topic, String type, UUID referralId, String field) {
        return Instant.parse(JSON.readTree(topic.await(type, referralId.toString(), WITHIN).value()).path(field)
                .asString());
    }

    private static void ok(ReferralApi.Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(200);
    }

    private static String path(UUID referralId, String transition) {
        return "/api/referrals/" + referralId + "/" + transition;
    }
}
