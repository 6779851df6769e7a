package org.sportello.platform.jobs;

import org.sportello.platform.problem.Problems;

/**
 * What one run of a {@link RecurringJob} did, e.g. "erased 3 citizens whose cases closed before
 * 2025-12-02". Logged, stored with the job and shown to administrators: counts and coded facts
 * only, never a name, a fiscal code or an id of a person.
 *
 * @param summary at most {@value #SUMMARY_LENGTH} characters; longer text is cut, control
 *                characters become spaces
 */
public record JobReport(String summary) {

    public static final int SUMMARY_LENGTH = 500;

    public JobReport {
        summary = Problems.text(summary == null || summary.isBlank() ? "ran; the job gave no summary" : summary, SUMMARY_LENGTH);
    }

    public static JobReport of(String summary) {
        return new JobReport(summary);
    }
}
