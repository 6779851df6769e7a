package org.sportello.referral.referral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.sportello.testing.ProblemAssertions.assertProblem;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sportello.referral.ReferralApi;
import org.sportello.referral.ReferralApi.Response;
import org.sportello.referral.RunningReferral;
import org.sportello.referral.calendar.ItalianWorkingDays;

import tools.jackson.databind.JsonNode;
import org.sportello.platform.time.BackdatedTooFar;
import org.sportello.platform.time.TimeOutOfOrder;
import org.sportello.platform.time.TimeInFuture;

/**
 * Referrals recorded after the fact over HTTP, on real PostgreSQL and Kafka: sent on paper during
 * an outage or brought from a previous system ({@code sentAt}), answered by phone and typed in days
 * later ({@code answeredAt}, {@code completedAt}, {@code withdrawnAt}). Their deadline counts from
 * when they were sent, so one already late is found by the next deadline check; a time in the
 * future, beyond the backdating limit or out of order is refused, naming the field, with nothing
 * written.
 */
class ReferralsRecordedLateIT extends RunningReferral {

    private ReferralApi api;

    @BeforeEach
    void setUp() {
        api = new ReferralApi(port);
    }

    @Test
    void referralSentAMonthAgoIsOverdueAtTheNextDeadlineCheck() {
        ReferralScene scene = ReferralScene.create(jdbc, api, 5);
        Instant sentAt = Instant.now().minus(Duration.ofDays(30)).truncatedTo(ChronoUnit.SECONDS);

        Response created = api.post("/api/referrals", scene.referralSentAt(sentAt), scene.operator());

        assertThat(created.status()).as(created.body()).isEqualTo(201);
        JsonNode view = created.json();
        assertThat(view.path("state").asString()).isEqualTo("SENT");
        assertThat(Instant.parse(view.path("sentAt").asString())).isEqualTo(sentAt);
        LocalDate dueBy = new ItalianWorkingDays().dueBy(sentAt, 5);
        assertThat(LocalDate.parse(view.path("dueBy").asString())).isEqualTo(dueBy);
        String referralId = view.path("referralId").asString();

        Instant checked = Instant.now();
        // The job also runs on its own schedule: a run going on answers 409, and the next one is ours.
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            Response run = api.post("/api/admin/jobs/" + ReferralDeadlines.NAME + "/runs", null, ReferralApi.ADMIN);
            assertThat(run.status()).as(run.body()).isEqualTo(200);
            assertThat(run.json().path("outcome").asString()).isEqualTo("SUCCEEDED");
        });

        JsonNode overdue = api.get("/api/referrals/" + referralId, scene.operator()).json();
        assertThat(overdue.path("state").asString()).isEqualTo("OVERDUE");
        assertThat(Instant.parse(overdue.path("overdueAt").asString()))
                .as("overdue from when the check found it, not from when its deadline passed")
                .isAfterOrEqualTo(checked.minusSeconds(120));
        JsonNode list = api.get("/api/offices/" + scene.place().secretariatId() + "/referrals?state=OVERDUE",
                scene.operator()).json();
        assertThat(list).hasSize(1);
        assertThat(list.path(0).path("referralId").asString()).isEqualTo(referralId);
        assertThat(list.path(0).path("dueBy").asString()).isEqualTo(dueBy.toString());
        assertThat(Instant.parse(list.path(0).path("sentAt").asString())).isEqualTo(sentAt);
    }

    @Test
    void answerRecordedLateInOrderIsTakenAtItsTimeAndOneBeforeSendingIsRefused() {
        ReferralScene scene = ReferralScene.create(jdbc, api);
        Instant sentAt = Instant.now().minus(Duration.ofDays(3)).truncatedTo(ChronoUnit.SECONDS);
        UUID referralId = scene.send(api, scene.referralSentAt(sentAt));

        notWritten(referralId, ReferralAccepted.class, () -> api.post(path(referralId, "accept"),
                Map.of("source", "PHONE", "answeredAt", sentAt.minusSeconds(60).toString()), scene.operator()),
                TimeOutOfOrder.TYPE, "answeredAt");
        assertThat(state(scene, referralId)).isEqualTo("SENT");

        Instant answeredAt = sentAt.plus(Duration.ofDays(1));
        Response accepted = api.post(path(referralId, "accept"),
                Map.of("source", "PHONE", "answeredAt", answeredAt.toString()), scene.operator());
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(200);
        assertThat(accepted.json().path("state").asString()).isEqualTo("ACCEPTED");
        assertThat(Instant.parse(accepted.json().path("answer").path("at").asString())).isEqualTo(answeredAt);

        notWritten(referralId, ReferralCompleted.class, () -> api.post(path(referralId, "complete"),
                Map.of("outcome", "SERVICE_STARTED", "completedAt", answeredAt.minusSeconds(60).toString()),
                scene.provider()), TimeOutOfOrder.TYPE, "completedAt");
        notWritten(referralId, ReferralCompleted.class, () -> api.post(path(referralId, "complete"),
                Map.of("outcome", "SERVICE_STARTED", "completedAt", Instant.now().plus(Duration.ofDays(1)).toString()),
                scene.provider()), TimeInFuture.TYPE, "completedAt");
        Instant completedAt = answeredAt.plus(Duration.ofHours(26));
        Response completed = api.post(path(referralId, "complete"),
                Map.of("outcome", "SERVICE_STARTED", "completedAt", completedAt.toString()), scene.provider());
        assertThat(completed.status()).as(completed.body()).isEqualTo(200);
        assertThat(completed.json().path("state").asString()).isEqualTo("COMPLETED");
        JsonNode office = api.get("/api/referrals/" + referralId, scene.operator()).json();
        assertThat(Instant.parse(office.path("completedAt").asString())).isEqualTo(completedAt);
    }

    @Test
    void rejectionInTheFutureIsRefusedAndOneRecordedLateIsTakenAtItsTime() {
        ReferralScene scene = ReferralScene.create(jdbc, api);
        Instant sentAt = Instant.now().minus(Duration.ofDays(2)).truncatedTo(ChronoUnit.SECONDS);
        UUID referralId = scene.send(api, scene.referralSentAt(sentAt));

        notWritten(referralId, ReferralRejected.class, () -> api.post(path(referralId, "reject"),
                Map.of("reason", "NO_CAPACITY", "answeredAt", Instant.now().plus(Duration.ofHours(1)).toString()),
                scene.provider()), TimeInFuture.TYPE, "answeredAt");

        Instant answeredAt = sentAt.plus(Duration.ofHours(5));
        Response rejected = api.post(path(referralId, "reject"),
                Map.of("reason", "NO_CAPACITY", "answeredAt", answeredAt.toString()), scene.provider());
        assertThat(rejected.status()).as(rejected.body()).isEqualTo(200);
        assertThat(rejected.json().path("state").asString()).isEqualTo("REJECTED");
        JsonNode office = api.get("/api/referrals/" + referralId, scene.operator()).json();
        assertThat(Instant.parse(office.path("answer").path("at").asString())).isEqualTo(answeredAt);
    }

    @Test
    void withdrawalBeforeSendingIsRefusedAndOneRecordedLateIsTakenAtItsTime() {
        ReferralScene scene = ReferralScene.create(jdbc, api);
        Instant sentAt = Instant.now().minus(Duration.ofDays(2)).truncatedTo(ChronoUnit.SECONDS);
        UUID referralId = scene.send(api, scene.referralSentAt(sentAt));

        notWritten(referralId, ReferralWithdrawn.class, () -> api.post(path(referralId, "withdraw"),
                Map.of("reason", "SENT_IN_ERROR", "withdrawnAt", sentAt.minusSeconds(1).toString()), scene.operator()),
                TimeOutOfOrder.TYPE, "withdrawnAt");

        Instant withdrawnAt = sentAt.plus(Duration.ofHours(1));
        Response withdrawn = api.post(path(referralId, "withdraw"),
                Map.of("reason", "SENT_IN_ERROR", "withdrawnAt", withdrawnAt.toString()), scene.operator());
        assertThat(withdrawn.status()).as(withdrawn.body()).isEqualTo(200);
        assertThat(withdrawn.json().path("state").asString()).isEqualTo("WITHDRAWN");
        assertThat(Instant.parse(withdrawn.json().path("withdrawnAt").asString())).isEqualTo(withdrawnAt);
    }

    @Test
    void referralSentInTheFutureIsRefused() {
        ReferralScene scene = ReferralScene.create(jdbc, api);
        refused(scene, scene.referralSentAt(Instant.now().plus(Duration.ofHours(1))), TimeInFuture.TYPE, "sentAt");
    }

    @Test
    void referralSentBeyondTheBackdatingLimitIsRefused() {
        ReferralScene scene = ReferralScene.create(jdbc, api);
        // The default limit, P400D: a wrong year, not history.
        refused(scene, scene.referralSentAt(Instant.now().minus(Duration.ofDays(401))), BackdatedTooFar.TYPE, "sentAt");
    }

    @Test
    void consentGivenAfterTheReferralWasSentIsRefused() {
        ReferralScene scene = ReferralScene.create(jdbc, api);
        Map<String, Object> body = scene.referralSentAt(Instant.now().minus(Duration.ofDays(10)));
        // The usual consent, given ten minutes ago: nine days after the referral says it was sent.
        body.put("consent", ReferralScene.consent("CITIZEN", "SIGNED", List.of("NEEDS")));
        refused(scene, body, TimeOutOfOrder.TYPE, "consent.givenAt");
    }

    /**
     * Refused, naming the field, and nothing written for that case. Counted by the internal event
     * type, not over the whole store: the deadline job runs on its own schedule meanwhile.
     */
    private void refused(ReferralScene scene, Map<String, Object> body, String type, String field) {
        long before = storedEvents(ReferralSent.class);
        assertProblem(api.post("/api/referrals", body, scene.operator()), 422, type, field);
        assertThat(storedEvents(ReferralSent.class)).as("a refused referral writes no event").isEqualTo(before);
        assertThat(jdbc.sql("SELECT count(*) FROM referral WHERE case_id = ?").param(scene.knownCase().caseId())
                .query(Long.class).single()).isZero();
    }

    private void notWritten(UUID referralId, Class<?> event, Supplier<Response> step, String type, String field) {
        long before = storedEvents(event, referralId.toString());
        assertProblem(step.get(), 422, type, field);
        assertThat(storedEvents(event, referralId.toString())).as("a refused step writes no event").isEqualTo(before);
    }

    private String state(ReferralScene scene, UUID referralId) {
        return api.get("/api/referrals/" + referralId, scene.operator()).json().path("state").asString();
    }

    private static String path(UUID referralId, String transition) {
        return "/api/referrals/" + referralId + "/" + transition;
    }
}
