package org.sportello.platform.jobs;

import java.time.Clock;
import java.util.List;

import javax.sql.DataSource;

import org.sportello.platform.time.TimeAutoConfiguration;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/**
 * Runs a service's {@link RecurringJob} beans with db-scheduler on the service's DataSource: each on
 * its schedule, once across all instances, its next run kept across restarts. The scheduler starts
 * when the application is ready and stops first on shutdown ({@link JobScheduler}); administrators
 * list and run the jobs at {@code /api/admin/jobs} ({@link JobController});
 * {@code sportello_job_failures} counts each job's failures since its last success ({@link JobFailures}).
 *
 * <p>The service adds {@value #MIGRATIONS} to {@code spring.flyway.locations}: it holds the
 * {@code scheduled_tasks} table. Settings are {@code sportello.jobs.*} ({@link JobsProperties});
 * {@code sportello.jobs.enabled=false} leaves an instance without scheduler and admin API.
 */
@AutoConfiguration(after = {DataSourceAutoConfiguration.class, FlywayAutoConfiguration.class,
        TimeAutoConfiguration.class})
@ConditionalOnBean({RecurringJob.class, DataSource.class})
@ConditionalOnProperty(name = "sportello.jobs.enabled", havingValue = "true", matchIfMissing = true)
@EnableConfigurationProperties(JobsProperties.class)
@Import(JobsAutoConfiguration.Web.class)
public class JobsAutoConfiguration {

    /** The Flyway location of {@code scheduled_tasks}. */
    public static final String MIGRATIONS = "classpath:db/jobs";

    @Bean
    Jobs jobs(DataSource dataSource, List<RecurringJob> jobs, JobsProperties settings, ObjectProvider<Clock> clock) {
        return Jobs.create(dataSource, jobs, settings, clock.getIfAvailable(Clock::systemUTC));
    }

    @Bean
    JobScheduler jobScheduler(Jobs jobs) {
        return jobs.scheduler();
    }

    @Bean
    JobFailures jobFailures(Jobs jobs) {
        return new JobFailures(jobs);
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
    @Import(JobController.class)
    static class Web {
    }
}
