package org.sportello.platform.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Jobs on a real PostgreSQL, with schedulers built as the platform builds them. The clock stands
 * still until a test moves it, so a job comes due exactly when the test says; schedulers poll every
 * 50 ms of real time, and "has not run" is asserted only after they have looked at least twice.
 */
class JobSchedulingIT {

    private static final Instant BEFORE_THREE = Instant.parse("2026-12-02T02:59:00Z");
    private static final Instant THREE = Instant.parse("2026-12-02T03:00:00Z");
    private static final String DAILY_AT_THREE = "DAILY|03:00|UTC";

    private final MovableClock clock = new MovableClock(BEFORE_THREE);
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
    void jobRunsWhenItsScheduleComesDue() {
        CountingJob job = CountingJob.named("retention", DAILY_AT_THREE);
        DueChecks checks = new DueChecks();
        Jobs jobs = start(List.of(job), checks);

        assertThat(jobs.status("retention").nextExecutionTime()).isEqualTo(THREE);
        awaitChecks(checks, 2);
        assertThat(job.runs()).isEmpty();

        clock.moveTo(THREE.plusSeconds(1));

        await().until(() -> jobs.status("retention").lastSuccess() != null);
        assertThat(job.runs()).containsExactly(THREE);
        JobStatus status = jobs.status("retention");
        assertThat(status.nextExecutionTime()).isEqualTo(THREE.plus(Duration.ofDays(1)));
        assertThat(status.lastSuccess()).isEqualTo(THREE.plusSeconds(1));
        assertThat(status.lastSummary()).isEqualTo("run 1 for " + THREE);
        assertThat(status.consecutiveFailures()).isZero();
        assertThat(status.running()).isFalse();
    }

    @Test
    void twoSchedulersOnOneDatabaseRunEachDueJobOnce() {
        List<CountingJob> cluster = new ArrayList<>();
        for (String name : List.of("alpha", "bravo", "charlie", "delta", "echo", "foxtrot")) {
            cluster.add(CountingJob.named(name, DAILY_AT_THREE));
        }
        DueChecks first = new DueChecks();
        DueChecks second = new DueChecks();
        Jobs one = start(cluster, first);
        Jobs other = start(cluster, second);

        clock.moveTo(THREE.plusSeconds(1));

        await().until(() -> one.list().stream().allMatch(job -> job.lastSuccess() != null && !job.running()));
        // Long enough for either scheduler to run anything it had fetched or still finds due.
        awaitChecks(first, first.count() + 3);
        awaitChecks(second, second.count() + 3);
        await().until(() -> one.scheduler().scheduler().getCurrentlyExecuting().isEmpty()
                && other.scheduler().scheduler().getCurrentlyExecuting().isEmpty());
        for (CountingJob job : cluster) {
            assertThat(job.runs()).as(job.name()).containsExactly(THREE);
        }
        assertThat(other.list()).allSatisfy(job ->
                assertThat(job.nextExecutionTime()).isEqualTo(THREE.plus(Duration.ofDays(1))));
    }

    @Test
    void restartKeepsTheNextRunTimeInsteadOfStartingAfresh() {
        CountingJob job = CountingJob.named("overdue-check", "FIXED_DELAY|3600s");
        Jobs before = start(List.of(job), new DueChecks());
        // A fixed delay runs at the first start, then an hour after each run.
        await().until(() -> before.status("overdue-check").lastSuccess() != null);
        assertThat(before.status("overdue-check").nextExecutionTime()).isEqualTo(BEFORE_THREE.plusSeconds(3600));
        before.scheduler().stop();

        clock.advance(Duration.ofMinutes(10));
        DueChecks checks = new DueChecks();
        CountingJob restarted = CountingJob.named("overdue-check", "FIXED_DELAY|3600s");
        Jobs after = start(List.of(restarted), checks);

        assertThat(after.status("overdue-check").nextExecutionTime()).isEqualTo(BEFORE_THREE.plusSeconds(3600));
        awaitChecks(checks, 2);
        assertThat(job.runs()).containsExactly(BEFORE_THREE);
        assertThat(restarted.runs()).isEmpty();
        assertThat(after.status("overdue-check").lastSuccess()).isEqualTo(BEFORE_THREE);
    }

    @Test
    void failedRunIsRecordedAndTriedAgainAtTheScheduledTime() {
        CountingJob job = CountingJob.failingFirst(1, "retention", "FIXED_DELAY|60s");
        DueChecks checks = new DueChecks();
        Jobs jobs = start(List.of(job), checks);
        SimpleMeterRegistry meters = new SimpleMeterRegistry();
        new JobFailures(jobs).bindTo(meters);

        await().until(() -> jobs.status("retention").consecutiveFailures() == 1);
        JobStatus failed = jobs.status("retention");
        assertThat(failed.lastFailure()).isEqualTo(BEFORE_THREE);
        assertThat(failed.lastSuccess()).isNull();
        assertThat(failed.nextExecutionTime()).isEqualTo(BEFORE_THREE.plusSeconds(60));
        // The exception's type, never its message, which quotes what it failed on.
        assertThat(failed.lastFailureCause()).isEqualTo(IllegalStateException.class.getName());
        assertThat(meters.get(JobFailures.METER).tag(JobFailures.JOB_TAG, "retention").gauge().value()).isEqualTo(1.0);
        awaitChecks(checks, checks.count() + 2);
        assertThat(job.runs()).hasSize(1);

        clock.advance(Duration.ofSeconds(60));

        await().until(() -> jobs.status("retention").lastSuccess() != null);
        JobStatus retried = jobs.status("retention");
        assertThat(job.runs()).containsExactly(BEFORE_THREE, BEFORE_THREE.plusSeconds(60));
        assertThat(retried.consecutiveFailures()).isZero();
        assertThat(retried.lastFailure()).isEqualTo(BEFORE_THREE);
        assertThat(retried.lastSuccess()).isEqualTo(BEFORE_THREE.plusSeconds(60));
        assertThat(retried.nextExecutionTime()).isEqualTo(BEFORE_THREE.plusSeconds(120));
        assertThat(retried.lastSummary()).isEqualTo("run 2 for " + BEFORE_THREE.plusSeconds(60));
        assertThat(meters.get(JobFailures.METER).tag(JobFailures.JOB_TAG, "retention").gauge().value()).isZero();
    }

    private Jobs start(List<? extends RecurringJob> jobs, DueChecks checks) {
        Jobs scheduled = Jobs.create(database.dataSource(), jobs, JobsTestSettings.fast(), clock, checks);
        started.add(scheduled);
        scheduled.scheduler().start();
        return scheduled;
    }

    private static void awaitChecks(DueChecks checks, int atLeast) {
        await().until(() -> checks.count() >= atLeast);
    }
}
