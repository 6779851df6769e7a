package org.sportello.platform.jobs;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A job that records each run's due time; it can fail its first runs, and hold each run until the
 * test lets it end.
 */
final class CountingJob implements RecurringJob {

    private final String name;
    private final String schedule;
    private final AtomicInteger failuresLeft;
    private final List<Instant> runs = new CopyOnWriteArrayList<>();
    private volatile CountDownLatch hold = new CountDownLatch(0);

    private CountingJob(String name, String schedule, int failures) {
        this.name = name;
        this.schedule = schedule;
        this.failuresLeft = new AtomicInteger(failures);
    }

    static CountingJob named(String name, String schedule) {
        return new CountingJob(name, schedule, 0);
    }

    /** Fails its first {@code failures} runs, with a message that quotes what it failed on. */
    static CountingJob failingFirst(int failures, String name, String schedule) {
        return new CountingJob(name, schedule, failures);
    }

    /** Each run from now on waits, after it is recorded, until {@link #release()}. */
    CountingJob holding() {
        hold = new CountDownLatch(1);
        return this;
    }

    void release() {
        hold.countDown();
    }

    List<Instant> runs() {
        return List.copyOf(runs);
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public String schedule() {
        return schedule;
    }

    @Override
    public JobReport run(Instant scheduledAt) {
        runs.add(scheduledAt);
        try {
            if (!hold.await(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the test never let the run end");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
        if (failuresLeft.getAndDecrement() > 0) {
            throw new IllegalStateException("could not erase RSSMRA80A01H501U");
        }
        return JobReport.of("run " + runs.size() + " for " + scheduledAt);
    }
}
