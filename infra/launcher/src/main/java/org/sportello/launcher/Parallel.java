package org.sportello.launcher;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Runs a few slow, independent tasks at once (starting or stopping services), each on a thread of
 * its own: the common fork-join pool has a single thread on a two-core machine.
 */
final class Parallel {

    private Parallel() {
    }

    /** Runs every task to the end, then rethrows the first failure, if any. */
    static void run(List<Runnable> tasks) {
        AtomicReference<RuntimeException> failure = new AtomicReference<>();
        List<Thread> threads = new ArrayList<>();
        for (Runnable task : tasks) {
            Thread thread = new Thread(() -> {
                try {
                    task.run();
                } catch (RuntimeException e) {
                    failure.compareAndSet(null, e);
                }
            }, "sportello-parallel");
            thread.start();
            threads.add(thread);
        }
        for (Thread thread : threads) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new LauncherFailure("interrupted", e);
            }
        }
        if (failure.get() != null) {
            throw failure.get();
        }
    }
}
