package org.sportello.platform.jobs;

import java.util.ArrayList;
import java.util.List;

import org.sportello.platform.problem.Problems;

/**
 * What a job's row in {@code scheduled_tasks} keeps besides db-scheduler's own columns (times and
 * counts), in {@code task_data} as JSON ({@link JobDataSerializer}): the last successful run's
 * summary and the last failure's cause, so that an administrator sees them whichever instance ran
 * the job.
 *
 * @param lastSummary the {@link JobReport#summary()} of the last successful run, or null
 * @param lastFailure the exception types of the last failed run (outermost first), or null; never
 *                    its message, which may quote the data it failed on; the log has it all
 */
record JobData(String lastSummary, String lastFailure) {

    static final int FAILURE_LENGTH = 500;
    static final JobData NONE = new JobData(null, null);

    JobData {
        lastSummary = Problems.text(lastSummary, JobReport.SUMMARY_LENGTH);
        lastFailure = Problems.text(lastFailure, FAILURE_LENGTH);
    }

    /** The data as stored, or {@link #NONE} for a row that has none yet. */
    static JobData of(Object stored) {
        return stored instanceof JobData data ? data : NONE;
    }

    JobData succeeded(JobReport report) {
        return new JobData(report.summary(), lastFailure);
    }

    JobData failed(Throwable cause) {
        return new JobData(lastSummary, causes(cause));
    }

    /** E.g. {@code org.springframework.dao.DataAccessResourceFailureException < java.net.ConnectException}. */
    static String causes(Throwable failure) {
        List<String> types = new ArrayList<>();
        for (Throwable cause = failure; cause != null && types.size() < 5; cause = cause.getCause()) {
            types.add(cause.getClass().getName());
            if (cause.getCause() == cause) {
                break;
            }
        }
        return String.join(" < ", types);
    }
}
