package org.sportello.platform.jobs;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of a service's {@link RecurringJob}s, {@code sportello.jobs.*}.
 *
 * @param enabled         {@code false} leaves this instance without a scheduler and without the admin
 *                        API: its jobs neither run here nor can be run from here
 * @param pollingInterval how often the scheduler looks for due jobs; a job runs at most this late
 * @param threads         how many jobs one instance runs at once
 * @param runWait         how long {@code POST /api/admin/jobs/{name}/runs} waits for the run to end
 *                        before answering 202 (the run goes on)
 * @param shutdownWait    how long shutting down waits for running jobs to end before interrupting them
 */
@ConfigurationProperties("sportello.jobs")
public record JobsProperties(@DefaultValue("true") boolean enabled,
                             @DefaultValue("10s") Duration pollingInterval,
                             @DefaultValue("2") int threads,
                             @DefaultValue("30s") Duration runWait,
                             @DefaultValue("30s") Duration shutdownWait) {
}
