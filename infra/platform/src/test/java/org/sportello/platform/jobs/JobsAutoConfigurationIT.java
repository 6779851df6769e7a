package org.sportello.platform.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sportello.platform.time.TimeAutoConfiguration;
import org.sportello.testing.TestInfrastructure;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The auto-configuration in a web application on a real PostgreSQL, its table made by Flyway from
 * {@value JobsAutoConfiguration#MIGRATIONS} as a service makes it.
 */
class JobsAutoConfigurationIT {

    private static final Instant NOW = Instant.parse("2026-12-02T12:00:00Z");

    private final MovableClock clock = new MovableClock(NOW);
    private final CountingJob job = CountingJob.named("retention", "FIXED_DELAY|3600s");
    private JobsDatabase database;
    private WebApplicationContextRunner runner;

    @BeforeEach
    void runner() {
        database = new JobsDatabase();
        runner = new WebApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class,
                        FlywayAutoConfiguration.class, TimeAutoConfiguration.class, JobsAutoConfiguration.class))
                .withPropertyValues("spring.datasource.url=" + database.url(),
                        "spring.datasource.username=" + TestInfrastructure.postgresUser(),
                        "spring.datasource.password=" + TestInfrastructure.postgresPassword(),
                        "spring.flyway.locations=" + JobsAutoConfiguration.MIGRATIONS,
                        "sportello.jobs.polling-interval=50ms");
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void startsWhenTheApplicationIsReadyOnTheServicesClockAndStopsOnClose() {
        runner.withBean(Clock.class, () -> clock).withBean(RecurringJob.class, () -> job).run(context -> {
            JobScheduler scheduler = context.getBean(JobScheduler.class);
            assertThat(context).hasSingleBean(JobController.class).hasSingleBean(JobFailures.class);
            // Refreshed, not ready: nothing scheduled yet, though a fixed delay is due at once.
            assertThat(scheduler.isRunning()).isFalse();
            assertThat(rows()).isZero();

            context.publishEvent(new ApplicationReadyEvent(new SpringApplication(), new String[0],
                    context.getSourceApplicationContext(), Duration.ZERO));

            await().until(() -> job.runs().size() == 1);
            assertThat(job.runs()).containsExactly(NOW);
            assertThat(scheduler.isRunning()).isTrue();
            context.close();
            assertThat(scheduler.isRunning()).isFalse();
        });
    }

    @Test
    void serviceWithoutTheJobsTableFailsWhenReadySayingWhatToAdd() {
        try (JobsDatabase empty = JobsDatabase.withoutTable()) {
            runner.withBean(RecurringJob.class, () -> job)
                    .withPropertyValues("spring.datasource.url=" + empty.url(), "spring.flyway.enabled=false")
                    .run(context -> assertThatThrownBy(() -> context.publishEvent(new ApplicationReadyEvent(
                            new SpringApplication(), new String[0], context.getSourceApplicationContext(), Duration.ZERO)))
                            .isInstanceOf(InvalidJob.class)
                            .hasMessageContaining(JobsAutoConfiguration.MIGRATIONS));
        }
        assertThat(job.runs()).isEmpty();
    }

    @Test
    void settingsComeFromSportelloJobs() {
        runner.withBean(RecurringJob.class, () -> job)
                .withPropertyValues("sportello.jobs.run-wait=5s", "sportello.jobs.threads=3")
                .run(context -> {
                    JobsProperties settings = context.getBean(JobsProperties.class);
                    assertThat(settings.enabled()).isTrue();
                    assertThat(settings.pollingInterval()).isEqualTo(Duration.ofMillis(50));
                    assertThat(settings.runWait()).isEqualTo(Duration.ofSeconds(5));
                    assertThat(settings.threads()).isEqualTo(3);
                    assertThat(settings.shutdownWait()).isEqualTo(Duration.ofSeconds(30));
                });
    }

    @Test
    void backsOffWithoutJobs() {
        runner.run(context -> assertThat(context).doesNotHaveBean(Jobs.class).doesNotHaveBean(JobController.class));
    }

    @Test
    void backsOffWhenDisabled() {
        runner.withBean(RecurringJob.class, () -> job).withPropertyValues("sportello.jobs.enabled=false")
                .run(context -> assertThat(context).doesNotHaveBean(Jobs.class).doesNotHaveBean(JobScheduler.class)
                        .doesNotHaveBean(JobController.class));
    }

    private int rows() {
        Integer rows = new JdbcTemplate(database.dataSource()).queryForObject("SELECT count(*) FROM scheduled_tasks",
                Integer.class);
        return rows == null ? 0 : rows;
    }
}
