package org.sportello.platform.jobs;

import java.util.concurrent.TimeUnit;

import com.github.kagkarlsson.scheduler.event.AbstractSchedulerListener;
import com.github.kagkarlsson.scheduler.task.ExecutionComplete;

/**
 * Wakes the requests that wait for a run as soon as any run ends on this instance, so that an
 * administrator's "run now" answers without a polling delay when this instance ran the job; a run on
 * another instance is seen by reading the job's row again after at most a wait.
 */
final class RunEnded extends AbstractSchedulerListener {

    private final Object monitor = new Object();

    @Override
    public void onExecutionComplete(ExecutionComplete complete) {
        synchronized (monitor) {
            monitor.notifyAll();
        }
    }

    /** Returns when a run ends here or after {@code nanos}, whichever comes first. */
    void await(long nanos) throws InterruptedException {
        synchronized (monitor) {
            TimeUnit.NANOSECONDS.timedWait(monitor, nanos);
        }
    }
}
