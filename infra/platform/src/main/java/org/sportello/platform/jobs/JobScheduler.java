package org.sportello.platform.jobs;

import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.util.List;

import javax.sql.DataSource;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.SchedulerBuilder;
import com.github.kagkarlsson.scheduler.SchedulerName;
import com.github.kagkarlsson.scheduler.Waiter;
import com.github.kagkarlsson.scheduler.event.SchedulerListener;
import com.github.kagkarlsson.scheduler.jdbc.PostgreSqlJdbcCustomization;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.SmartLifecycle;

/**
 * db-scheduler's {@link Scheduler} for one service instance, with its lifecycle: it starts when the
 * application is ready (so no job runs before the service can serve, or while Flyway or a test
 * still sets up), and stops first on shutdown, letting running jobs end within
 * {@link JobsProperties#shutdownWait()}, while the beans they use are still there.
 *
 * <p>A stopped scheduler does not start again (its threads are gone); a context is not restarted.
 */
final class JobScheduler implements SmartLifecycle, ApplicationListener<ApplicationReadyEvent> {

    private enum State { NEW, STARTED, STOPPED }

    private final Scheduler scheduler;
    private final ScheduledTasks table;
    private State state = State.NEW;

    private JobScheduler(Scheduler scheduler, ScheduledTasks table) {
        this.scheduler = scheduler;
        this.table = table;
    }

    /**
     * A scheduler of {@code tasks} on {@code dataSource}'s {@value ScheduledTasks#TABLE} table, with
     * the platform's clock for every "now" it stores and compares: due times, runs' start and end,
     * heartbeats. Only its waiting between polls keeps to real time, so that a test's clock that
     * stands still, or jumps, cannot stop the scheduler from polling.
     */
    static JobScheduler build(DataSource dataSource, ScheduledTasks table, List<JobTask> tasks,
                              JobsProperties settings, Clock clock, List<SchedulerListener> listeners) {
        SchedulerBuilder builder = new SchedulerBuilder(dataSource, List.of()) {
            @Override
            protected Waiter buildWaiter() {
                return new Waiter(poolingInterval);
            }
        };
        builder.startTasks(tasks)
                .pollingInterval(settings.pollingInterval())
                .threads(settings.threads())
                .shutdownMaxWait(settings.shutdownWait())
                .clock(clock::instant)
                .serializer(new JobDataSerializer())
                .tableName(ScheduledTasks.TABLE)
                // PostgreSQL always: no connection at start-up to find out which database it is.
                .jdbcCustomization(new PostgreSqlJdbcCustomization(false, false))
                .schedulerName(new SchedulerName.Fixed(instanceName()));
        listeners.forEach(builder::addSchedulerListener);
        return new JobScheduler(builder.build(), table);
    }

    /** Host and process, e.g. {@code 4242@host}: two instances on one host are told apart in {@code picked_by}. */
    private static String instanceName() {
        return ManagementFactory.getRuntimeMXBean().getName();
    }

    Scheduler scheduler() {
        return scheduler;
    }

    @Override
    public void onApplicationEvent(ApplicationReadyEvent event) {
        start();
    }

    /** @throws InvalidJob when the table is missing: the service fails to start, saying why */
    @Override
    public synchronized void start() {
        if (state == State.NEW) {
            table.requireTable();
            scheduler.start();
            state = State.STARTED;
        }
    }

    @Override
    public synchronized void stop() {
        if (state == State.STARTED) {
            scheduler.stop();
        }
        state = State.STOPPED;
    }

    @Override
    public synchronized boolean isRunning() {
        return state == State.STARTED;
    }

    /** Started by {@link ApplicationReadyEvent}, not while the context refreshes. */
    @Override
    public boolean isAutoStartup() {
        return false;
    }

    /** Stopped before anything else, web server included, so that a running job keeps what it uses. */
    @Override
    public int getPhase() {
        return SmartLifecycle.DEFAULT_PHASE;
    }
}
