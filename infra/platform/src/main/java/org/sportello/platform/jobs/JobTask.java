package org.sportello.platform.jobs;

import java.time.Instant;

import com.github.kagkarlsson.scheduler.task.CompletionHandler;
import com.github.kagkarlsson.scheduler.task.ExecutionComplete;
import com.github.kagkarlsson.scheduler.task.ExecutionContext;
import com.github.kagkarlsson.scheduler.task.ExecutionOperations;
import com.github.kagkarlsson.scheduler.task.FailureHandler;
import com.github.kagkarlsson.scheduler.task.TaskInstance;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.schedule.Schedule;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A {@link RecurringJob} as db-scheduler's recurring task, whose one row is
 * ({@code name}, {@value RecurringTask#INSTANCE}). From {@link RecurringTask} it keeps what matters
 * across restarts: at start-up an existing row keeps its next execution time unless the schedule
 * itself has changed, and a run whose instance died is revived. Beyond it, each outcome is stored
 * in the row ({@link JobData}), and a job whose schedule is {@code -} runs only when asked and then
 * waits, not scheduled, until asked again.
 */
final class JobTask extends RecurringTask<JobData> {

    private static final Logger log = LoggerFactory.getLogger(JobTask.class);

    private final RecurringJob job;
    private final String scheduleText;
    private final Schedule schedule;

    JobTask(RecurringJob job, String scheduleText, Schedule schedule) {
        super(job.name(), schedule, JobData.class, new RecordFailure(schedule));
        this.job = job;
        this.scheduleText = scheduleText;
        this.schedule = schedule;
    }

    String scheduleText() {
        return scheduleText;
    }

    @Override
    public CompletionHandler<JobData> execute(TaskInstance<JobData> instance, ExecutionContext context) {
        Instant scheduledAt = context.getExecution().getExecutionTime();
        JobReport report = job.run(scheduledAt);
        if (report == null) {
            report = JobReport.of(null);
        }
        log.info("Job {} (due {}): {}", getName(), scheduledAt, report.summary());
        JobData data = JobData.of(instance.getData()).succeeded(report);
        return (complete, operations) -> operations.reschedule(complete, next(schedule, complete), data);
    }

    /** Not called: {@link #execute} runs the job and also returns what to store. */
    @Override
    public void executeRecurringly(TaskInstance<JobData> instance, ExecutionContext context) {
        execute(instance, context);
    }

    /** The schedule's next time, or db-scheduler's far future for a job that runs only when asked. */
    static Instant next(Schedule schedule, ExecutionComplete complete) {
        return schedule.isDisabled() ? Schedule.NEVER : schedule.getNextExecutionTime(complete);
    }

    /** Keeps the failure's cause with the row and tries again at the schedule's next time. */
    private record RecordFailure(Schedule schedule) implements FailureHandler<JobData> {

        @Override
        public void onFailure(ExecutionComplete complete, ExecutionOperations<JobData> operations) {
            JobData data = JobData.of(complete.getExecution().taskInstance.getData());
            Throwable cause = complete.getCause().orElse(null);
            operations.reschedule(complete, next(schedule, complete), cause == null ? data : data.failed(cause));
        }
    }
}
