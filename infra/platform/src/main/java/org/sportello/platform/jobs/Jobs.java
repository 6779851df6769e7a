package org.sportello.platform.jobs;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.TreeMap;

import javax.sql.DataSource;

import com.github.kagkarlsson.scheduler.event.SchedulerListener;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.schedule.Schedule;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;

/**
 * A service's {@link RecurringJob}s, scheduled on its database: what administrators list and run
 * ({@link JobController}), and what a service's test may run directly, as a bean, to see a job's
 * effect without waiting for its schedule ({@link #run(String)}). Built once per service instance by
 * {@link JobsAutoConfiguration}, with the scheduler that runs the jobs.
 */
public class Jobs {

    public static final int NAME_LENGTH = 63;
    public static final String NAME_PATTERN = "^[a-z][a-z0-9-]{0,62}$";
    public static final int SCHEDULE_LENGTH = 200;
    /** The admin listing states this bound; a service that declares more jobs does not start. */
    public static final int MAX_JOBS = 100;
    /** How long a waiting request goes without reading the row again, for runs on other instances. */
    private static final long RECHECK_NANOS = Duration.ofMillis(200).toNanos();

    private final Map<String, JobTask> tasks;
    private final JobScheduler scheduler;
    private final ScheduledTasks table;
    private final RunEnded runEnded;
    private final Clock clock;
    private final Duration runWait;

    private Jobs(Map<String, JobTask> tasks, JobScheduler scheduler, ScheduledTasks table, RunEnded runEnded,
                 Clock clock, Duration runWait) {
        this.tasks = tasks;
        this.scheduler = scheduler;
        this.table = table;
        this.runEnded = runEnded;
        this.clock = clock;
        this.runWait = runWait;
    }

    /**
     * The jobs on {@code dataSource}, whose {@code scheduled_tasks} table Flyway has made
     * ({@value JobsAutoConfiguration#MIGRATIONS}), with a scheduler that is not started yet.
     *
     * @param listeners further listeners of the scheduler, for tests that watch it poll
     * @throws InvalidJob for a name or a schedule that cannot be used, or two jobs of one name
     */
    static Jobs create(DataSource dataSource, List<? extends RecurringJob> jobs, JobsProperties settings,
                       Clock clock, SchedulerListener... listeners) {
        Map<String, JobTask> tasks = tasks(jobs);
        RunEnded runEnded = new RunEnded();
        List<SchedulerListener> all = new ArrayList<>(List.of(listeners));
        all.add(runEnded);
        ScheduledTasks table = new ScheduledTasks(dataSource, new JobDataSerializer());
        JobScheduler scheduler = JobScheduler.build(dataSource, table, List.copyOf(tasks.values()), settings, clock,
                all);
        return new Jobs(tasks, scheduler, table, runEnded, clock, settings.runWait());
    }

    private static Map<String, JobTask> tasks(List<? extends RecurringJob> jobs) {
        if (jobs.size() > MAX_JOBS) {
            throw new InvalidJob("A service may have at most " + MAX_JOBS + " jobs, not " + jobs.size() + ".");
        }
        Map<String, JobTask> tasks = new TreeMap<>();
        for (RecurringJob job : jobs) {
            String name = job.name();
            if (name == null || !name.matches(NAME_PATTERN)) {
                throw new InvalidJob("Job name '" + name + "' of " + job.getClass().getName()
                        + " must match " + NAME_PATTERN + ": it is public, in URLs and in the database.");
            }
            JobTask task = new JobTask(job, scheduleOf(job), parse(job));
            if (tasks.putIfAbsent(name, task) != null) {
                throw new InvalidJob("Two jobs are named '" + name + "'; each needs a name of its own.");
            }
        }
        return tasks;
    }

    private static String scheduleOf(RecurringJob job) {
        String schedule = job.schedule();
        if (schedule == null || schedule.isBlank() || schedule.length() > SCHEDULE_LENGTH) {
            throw new InvalidJob("Job '" + job.name() + "' needs a schedule of 1 to " + SCHEDULE_LENGTH
                    + " characters, such as DAILY|03:00|Europe/Rome, FIXED_DELAY|3600s or -, not '" + schedule + "'.");
        }
        return schedule.strip();
    }

    private static Schedule parse(RecurringJob job) {
        String schedule = scheduleOf(job);
        try {
            return Schedules.parseSchedule(schedule);
        } catch (RuntimeException e) {
            throw new InvalidJob("Job '" + job.name() + "' has a schedule db-scheduler cannot read: " + e.getMessage(), e);
        }
    }

    /** The scheduler that runs these jobs on this instance: a lifecycle bean, started when the application is ready. */
    JobScheduler scheduler() {
        return scheduler;
    }

    /** The jobs' names, sorted. */
    public List<String> names() {
        return List.copyOf(tasks.keySet());
    }

    /** Every job, by name, as its row says now. */
    public List<JobStatus> list() {
        Map<String, ScheduledTasks.Row> rows = table.rows();
        return tasks.values().stream().map(task -> status(task, rows.get(task.getName()))).toList();
    }

    /** One job as its row says now; {@link UnknownJob} for a name this service does not have. */
    public JobStatus status(String name) {
        return status(task(name), table.row(name).orElse(null));
    }

    /**
     * Makes the job due now and waits, at most {@link JobsProperties#runWait()}, for the run to end on
     * whichever instance picks it: so the run is the cluster's one run of the job, recorded like any
     * other, and its next scheduled time follows from it. Ended: {@code SUCCEEDED} with the job's
     * report, or {@code FAILED} with its cause. Otherwise {@code PENDING}: it runs, or goes on running,
     * without the caller.
     *
     * @throws UnknownJob        for a name this service does not have
     * @throws JobAlreadyRunning when a run is going on: nothing was changed
     */
    public JobRun run(String name) {
        JobTask task = task(name);
        // The database keeps microseconds: a run's end compares with the request as stored.
        Instant requestedAt = clock.instant().truncatedTo(ChronoUnit.MICROS);
        long version = makeDue(task, requestedAt);
        scheduler.scheduler().triggerCheckForDueExecutions();
        long deadline = System.nanoTime() + runWait.toNanos();
        while (true) {
            ScheduledTasks.Row row = table.row(name).orElse(null);
            if (row != null && row.endedSince(requestedAt, version)) {
                return JobRun.ended(requestedAt, row);
            }
            long remaining = deadline - System.nanoTime();
            if (remaining <= 0) {
                return JobRun.pending(name, requestedAt, row);
            }
            try {
                runEnded.await(Math.min(remaining, RECHECK_NANOS));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return JobRun.pending(name, requestedAt, row);
            }
        }
    }

    /**
     * The row's version once due at {@code at}: a run that ends on the row after that version is the
     * one asked for. A job no scheduler has scheduled (schedule "-", or no instance started yet) gets
     * its row here, with no run ended on it, so that any run that ends on it counts: version 0.
     */
    private long makeDue(JobTask task, Instant at) {
        String name = task.getName();
        OptionalLong version = table.makeDue(name, at);
        if (version.isPresent()) {
            return version.getAsLong();
        }
        if (table.row(name).isEmpty()
                && scheduler.scheduler().scheduleIfNotExists(task.instance(RecurringTask.INSTANCE), at)) {
            return 0;
        }
        // Another instance made the row meanwhile, or a run is going on.
        return table.makeDue(name, at).orElseThrow(() -> new JobAlreadyRunning(name));
    }

    private JobTask task(String name) {
        JobTask task = tasks.get(name);
        if (task == null) {
            throw new UnknownJob(name, tasks.keySet());
        }
        return task;
    }

    private static JobStatus status(JobTask task, ScheduledTasks.Row row) {
        if (row == null) {
            return new JobStatus(task.getName(), task.scheduleText(), null, false, null, null, 0, null, null);
        }
        return new JobStatus(task.getName(), task.scheduleText(), nextExecutionTime(row), row.picked(),
                row.lastSuccess(), row.lastFailure(), row.consecutiveFailures(), row.data().lastSummary(),
                row.data().lastFailure());
    }

    /** Null for db-scheduler's "never", the time of a job that runs only when asked. */
    static Instant nextExecutionTime(ScheduledTasks.Row row) {
        return row.executionTime() == null || !row.executionTime().isBefore(Schedule.NEVER) ? null : row.executionTime();
    }

    /** Consecutive failures of the job, 0 before its first run; for the metric. */
    int consecutiveFailures(String name) {
        return table.row(name).map(ScheduledTasks.Row::consecutiveFailures).orElse(0);
    }
}
