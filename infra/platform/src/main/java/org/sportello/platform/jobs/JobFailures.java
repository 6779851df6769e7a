package org.sportello.platform.jobs;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;

import org.springframework.dao.DataAccessException;

/**
 * {@code sportello.job.failures{job=...}} (Prometheus {@code sportello_job_failures}): a job's failed
 * runs since its last success, from its row, so every instance reports the cluster's count. Anything
 * above zero needs someone to read the service's log: the job is retried on its schedule, but a job
 * that keeps failing (intake's erasures, say) leaves its work undone.
 *
 * <p>Read on scrape (one query per job). NaN while the database does not answer. No base unit, so the
 * Prometheus name gains no suffix.
 */
public class JobFailures implements MeterBinder {

    public static final String METER = "sportello.job.failures";
    public static final String JOB_TAG = "job";

    private final Jobs jobs;

    JobFailures(Jobs jobs) {
        this.jobs = jobs;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        for (String name : jobs.names()) {
            Gauge.builder(METER, jobs, all -> failures(all, name))
                    .description("Failed runs of the job since its last success")
                    .tag(JOB_TAG, name)
                    .register(registry);
        }
    }

    private static double failures(Jobs jobs, String name) {
        try {
            return jobs.consecutiveFailures(name);
        } catch (DataAccessException e) {
            return Double.NaN;
        }
    }
}
