package org.sportello.platform.jobs;

import java.time.Instant;

import io.swagger.v3.oas.annotations.media.Schema;

import org.sportello.platform.problem.Problems;

/**
 * A job as an administrator sees it, from its row in {@code scheduled_tasks}, whichever instance
 * ran it.
 *
 * @param name                the job's name, as in its URL
 * @param schedule            its schedule as configured, e.g. {@code DAILY|03:00|Europe/Rome}
 * @param nextExecutionTime   when it runs next; null when it runs only when asked (schedule {@code -})
 *                            or no instance has scheduled it yet
 * @param running             whether an instance is running it now
 * @param lastSuccess         when the last successful run ended, or null
 * @param lastFailure         when the last failed run ended, or null
 * @param consecutiveFailures failed runs since the last success; 0 after a success
 * @param lastSummary         what the last successful run reported, or null
 * @param lastFailureCause    the exception types of the last failed run, outermost first, or null;
 *                            the service's log has the message and stack trace
 */
public record JobStatus(
        @Schema(maxLength = Jobs.NAME_LENGTH, pattern = Jobs.NAME_PATTERN) String name,
        @Schema(maxLength = Jobs.SCHEDULE_LENGTH, pattern = Problems.NO_CONTROL_CHARACTERS) String schedule,
        @Schema(types = {"string", "null"}, format = "date-time") Instant nextExecutionTime,
        boolean running,
        @Schema(types = {"string", "null"}, format = "date-time") Instant lastSuccess,
        @Schema(types = {"string", "null"}, format = "date-time") Instant lastFailure,
        @Schema(minimum = "0", maximum = "2147483647") int consecutiveFailures,
        @Schema(types = {"string", "null"}, maxLength = JobReport.SUMMARY_LENGTH,
                pattern = Problems.NO_CONTROL_CHARACTERS) String lastSummary,
        @Schema(types = {"string", "null"}, maxLength = JobData.FAILURE_LENGTH,
                pattern = Problems.NO_CONTROL_CHARACTERS) String lastFailureCause) {
}
