package org.sportello.platform.jobs;

import java.util.concurrent.atomic.AtomicInteger;

import com.github.kagkarlsson.scheduler.event.AbstractSchedulerListener;

/** Counts a scheduler's looks for due jobs, so a test can tell "not run" from "not looked yet". */
final class DueChecks extends AbstractSchedulerListener {

    private final AtomicInteger count = new AtomicInteger();

    @Override
    public void onSchedulerEvent(SchedulerEventType type) {
        if (type == SchedulerEventType.RAN_EXECUTE_DUE) {
            count.incrementAndGet();
        }
    }

    int count() {
        return count.get();
    }
}
