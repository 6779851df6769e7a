package org.sportello.platform.jobs;

import java.time.Instant;

import io.swagger.v3.oas.annotations.media.Schema;

import org.sportello.platform.problem.Problems;

/**
 * What became of an administrator's request to run a job now.
 *
 * @param job                 the job's name
 * @param outcome             {@code SUCCEEDED} or {@code FAILED} when the run ended within the wait;
 *                            {@code PENDING} when it had not: it is due, and runs or goes on running
 *                            on whichever instance picked it
 * @param requestedAt         when it was asked for: the {@code scheduledAt} the job was given
 * @param endedAt             when the run ended, or null while pending
 * @param summary             what the run reported, when it succeeded
 * @param failureCause        the exception types of the failure, outermost first, when it failed; the
 *                            service's log has the message and stack trace
 * @param consecutiveFailures failed runs since the last success, this one included
 * @param nextExecutionTime   when the job runs next on its schedule, or null (see {@link JobStatus})
 */
public record JobRun(
        @Schema(maxLength = Jobs.NAME_LENGTH, pattern = Jobs.NAME_PATTERN) String job,
        Outcome outcome,
        Instant requestedAt,
        @Schema(types = {"string", "null"}, format = "date-time") Instant endedAt,
        @Schema(types = {"string", "null"}, maxLength = JobReport.SUMMARY_LENGTH,
                pattern = Problems.NO_CONTROL_CHARACTERS) String summary,
        @Schema(types = {"string", "null"}, maxLength = JobData.FAILURE_LENGTH,
                pattern = Problems.NO_CONTROL_CHARACTERS) String failureCause,
        @Schema(minimum = "0", maximum = "2147483647") int consecutiveFailures,
        @Schema(types = {"string", "null"}, format = "date-time") Instant nextExecutionTime) {

    public enum Outcome {
        SUCCEEDED,
        FAILED,
        PENDING
    }

    static JobRun ended(Instant requestedAt, ScheduledTasks.Row row) {
        boolean failed = row.consecutiveFailures() > 0;
        return new JobRun(row.name(), failed ? Outcome.FAILED : Outcome.SUCCEEDED, requestedAt,
                failed ? row.lastFailure() : row.lastSuccess(),
                failed ? null : row.data().lastSummary(), failed ? row.data().lastFailure() : null,
                row.consecutiveFailures(), Jobs.nextExecutionTime(row));
    }

    /** Not ended yet: due since {@code requestedAt}; the failures are those before it. */
    static JobRun pending(String job, Instant requestedAt, ScheduledTasks.Row row) {
        return new JobRun(job, Outcome.PENDING, requestedAt, null, null, null,
                row == null ? 0 : row.consecutiveFailures(), requestedAt);
    }
}
