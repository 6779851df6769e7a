package org.sportello.platform.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** What a service may declare: refused at start-up, before any database is touched. */
class JobsTest {

    @Test
    void jobsAreListedByName() {
        Jobs jobs = create(CountingJob.named("retention", "DAILY|03:00|Europe/Rome"),
                CountingJob.named("overdue-check", "FIXED_DELAY|3600s"));

        assertThat(jobs.names()).containsExactly("overdue-check", "retention");
    }

    @Test
    void nameThatIsNotASlugIsRefused() {
        assertThatThrownBy(() -> create(CountingJob.named("Retention Job", "FIXED_DELAY|60s")))
                .isInstanceOf(InvalidJob.class);
    }

    @Test
    void twoJobsOfOneNameAreRefused() {
        assertThatThrownBy(() -> create(CountingJob.named("retention", "FIXED_DELAY|60s"),
                CountingJob.named("retention", "DAILY|03:00")))
                .isInstanceOf(InvalidJob.class);
    }

    @Test
    void scheduleDbSchedulerCannotReadIsRefused() {
        assertThatThrownBy(() -> create(CountingJob.named("retention", "every night")))
                .isInstanceOf(InvalidJob.class);
    }

    @Test
    void missingScheduleIsRefused() {
        assertThatThrownBy(() -> create(CountingJob.named("retention", " ")))
                .isInstanceOf(InvalidJob.class);
    }

    private static Jobs create(RecurringJob... jobs) {
        // Never connected to: building the scheduler needs no database.
        DriverManagerDataSource nowhere = new DriverManagerDataSource("jdbc:postgresql://127.0.0.1:1/none");
        return Jobs.create(nowhere, List.of(jobs), JobsTestSettings.fast(), Clock.systemUTC());
    }
}
