package org.sportello.platform.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sportello.platform.problem.ProblemDetailsAdvice;
import org.sportello.platform.problem.Problems;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.json.JacksonJsonHttpMessageConverter;
import org.springframework.http.converter.json.ProblemDetailJacksonMixin;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;

import tools.jackson.databind.json.JsonMapper;

/**
 * The administrator's API over a real scheduler on a real PostgreSQL: a run asked for is the
 * scheduler's run, and its outcome is the answer. The clock stands at noon; the jobs' schedules
 * would next run them at three tomorrow, so every run here is one that was asked for.
 */
class JobControllerIT {

    private static final Instant NOON = Instant.parse("2026-12-02T12:00:00Z");
    private static final Instant THREE_TOMORROW = Instant.parse("2026-12-03T03:00:00Z");
    private static final String DAILY_AT_THREE = "DAILY|03:00|UTC";

    private final MovableClock clock = new MovableClock(NOON);
    private final List<Jobs> started = new ArrayList<>();
    private JobsDatabase database;

    @BeforeEach
    void database() {
        database = new JobsDatabase();
    }

    @AfterEach
    void stop() {
        started.forEach(jobs -> jobs.scheduler().stop());
        database.close();
    }

    @Test
    void runAnswersTheJobsReportOnceItHasRun() throws Exception {
        CountingJob retention = CountingJob.named("retention", DAILY_AT_THREE);
        MockMvc http = http(start(JobsTestSettings.fast(), retention));

        http.perform(post("/api/admin/jobs/retention/runs"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.job").value("retention"))
                .andExpect(jsonPath("$.outcome").value("SUCCEEDED"))
                .andExpect(jsonPath("$.requestedAt").value(NOON.toString()))
                .andExpect(jsonPath("$.endedAt").value(NOON.toString()))
                .andExpect(jsonPath("$.summary").value("run 1 for " + NOON))
                .andExpect(jsonPath("$.consecutiveFailures").value(0))
                .andExpect(jsonPath("$.nextExecutionTime").value(THREE_TOMORROW.toString()));

        assertThat(retention.runs()).containsExactly(NOON);
        http.perform(get("/api/admin/jobs"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].name").value("retention"))
                .andExpect(jsonPath("$[0].schedule").value(DAILY_AT_THREE))
                .andExpect(jsonPath("$[0].lastSuccess").value(NOON.toString()))
                .andExpect(jsonPath("$[0].lastSummary").value("run 1 for " + NOON))
                .andExpect(jsonPath("$[0].nextExecutionTime").value(THREE_TOMORROW.toString()))
                .andExpect(jsonPath("$[0].running").value(false));
    }

    @Test
    void runOfAFailingJobAnswersTheFailureAndKeepsTheSchedule() throws Exception {
        CountingJob retention = CountingJob.failingFirst(1, "retention", DAILY_AT_THREE);
        MockMvc http = http(start(JobsTestSettings.fast(), retention));

        http.perform(post("/api/admin/jobs/retention/runs"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.outcome").value("FAILED"))
                .andExpect(jsonPath("$.endedAt").value(NOON.toString()))
                .andExpect(jsonPath("$.failureCause").value(IllegalStateException.class.getName()))
                .andExpect(jsonPath("$.consecutiveFailures").value(1))
                .andExpect(jsonPath("$.nextExecutionTime").value(THREE_TOMORROW.toString()));

        clock.advance(Duration.ofMinutes(1));
        http.perform(post("/api/admin/jobs/retention/runs"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.outcome").value("SUCCEEDED"))
                .andExpect(jsonPath("$.consecutiveFailures").value(0));
        assertThat(retention.runs()).containsExactly(NOON, NOON.plusSeconds(60));
    }

    @Test
    void jobScheduledNeverRunsOnlyWhenAsked() throws Exception {
        CountingJob byHand = CountingJob.named("by-hand", "-");
        DueChecks checks = new DueChecks();
        Jobs jobs = start(JobsTestSettings.fast(), checks, byHand);
        MockMvc http = http(jobs);
        await().until(() -> checks.count() >= 2);
        assertThat(byHand.runs()).isEmpty();

        http.perform(post("/api/admin/jobs/by-hand/runs"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.outcome").value("SUCCEEDED"))
                .andExpect(jsonPath("$.nextExecutionTime").doesNotExist());

        assertThat(byHand.runs()).containsExactly(NOON);
        assertThat(jobs.status("by-hand").nextExecutionTime()).isNull();
    }

    @Test
    void runStillGoingOnAfterTheWaitIsAcceptedAndEndsOnItsOwn() throws Exception {
        CountingJob slow = CountingJob.named("slow", DAILY_AT_THREE).holding();
        Jobs jobs = start(JobsTestSettings.withRunWait(Duration.ofMillis(300)), slow);

        http(jobs).perform(post("/api/admin/jobs/slow/runs"))
                .andExpect(status().isAccepted())
                .andExpect(jsonPath("$.outcome").value("PENDING"))
                .andExpect(jsonPath("$.requestedAt").value(NOON.toString()));

        slow.release();
        await().until(() -> jobs.status("slow").lastSuccess() != null);
        assertThat(slow.runs()).containsExactly(NOON);
    }

    @Test
    void runAskedForWhileOneIsGoingOnIsAConflict() throws Exception {
        CountingJob slow = CountingJob.named("slow", DAILY_AT_THREE).holding();
        Jobs jobs = start(JobsTestSettings.withRunWait(Duration.ofMillis(100)), slow);
        MockMvc http = http(jobs);
        http.perform(post("/api/admin/jobs/slow/runs")).andExpect(status().isAccepted());
        await().until(() -> jobs.status("slow").running());

        http.perform(post("/api/admin/jobs/slow/runs"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value(Problems.TYPE_BASE + JobAlreadyRunning.TYPE));

        slow.release();
        await().until(() -> !jobs.status("slow").running());
        assertThat(slow.runs()).containsExactly(NOON);
    }

    @Test
    void unknownJobIsNotFound() throws Exception {
        MockMvc http = http(start(JobsTestSettings.fast(), CountingJob.named("retention", DAILY_AT_THREE)));

        http.perform(post("/api/admin/jobs/overdue-check/runs"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.type").value(Problems.TYPE_BASE + UnknownJob.TYPE));
    }

    private Jobs start(JobsProperties settings, CountingJob... jobs) {
        return start(settings, new DueChecks(), jobs);
    }

    private Jobs start(JobsProperties settings, DueChecks checks, CountingJob... jobs) {
        Jobs scheduled = Jobs.create(database.dataSource(), List.of(jobs), settings, clock, checks);
        started.add(scheduled);
        scheduled.scheduler().start();
        return scheduled;
    }

    private static MockMvc http(Jobs jobs) {
        JsonMapper json = JsonMapper.builder().addMixIn(ProblemDetail.class, ProblemDetailJacksonMixin.class).build();
        return MockMvcBuilders.standaloneSetup(new JobController(jobs))
                .setControllerAdvice(new ProblemDetailsAdvice())
                .setMessageConverters(new JacksonJsonHttpMessageConverter(json))
                .build();
    }
}
