package org.sportello.platform.jobs;

import java.time.Instant;

/**
 * A piece of work a service does on a schedule, once across all its instances, e.g. intake's
 * erasure of citizens whose cases closed long enough ago. Declare it as a bean; the platform runs it
 * with db-scheduler on the service's PostgreSQL ({@link JobsAutoConfiguration}), so its next run
 * survives restarts and no two instances run it at once. Administrators see it and run it now at
 * {@code /api/admin/jobs} ({@link JobController}).
 *
 * <p>A run that throws is recorded as failed (logged with its stack trace, counted in
 * {@code sportello_job_failures}) and tried again at the schedule's next time. A run may be
 * repeated after a crash (an instance that dies mid-run leaves it to be revived), so each run must
 * be safe to do twice: do its work in transactions that leave nothing half-done, and choose what to
 * do from the data, not from what the last run did.
 */
public interface RecurringJob {

    /**
     * The job's public name, stable across releases: it keys the job's row in
     * {@code scheduled_tasks} and its admin URL. Lower-case letters, digits and dashes, starting
     * with a letter, at most {@value Jobs#NAME_LENGTH} characters ({@value Jobs#NAME_PATTERN}), e.g.
     * {@code retention}.
     */
    String name();

    /**
     * When the job runs, in db-scheduler's schedule syntax ({@code Schedules.parseSchedule}):
     * {@code DAILY|03:00|Europe/Rome} (without a zone, the JVM's default zone), {@code DAILY|03:00,15:00},
     * {@code FIXED_DELAY|3600s} (first run at the first start, then that long after each run ends), or
     * {@code -} (never on its own: only when an administrator runs it). Take it from a property, so
     * that each deployment and test can set it.
     */
    String schedule();

    /**
     * Does the work once.
     *
     * @param scheduledAt the time the run was due: the schedule's time, or the time an administrator
     *                    asked for it. Work relative to it ("closed more than a year before"), not to
     *                    the clock, so that a late run does what the punctual one would have done.
     * @return what the run did, in a sentence that is logged and shown to administrators
     */
    JobReport run(Instant scheduledAt);
}
