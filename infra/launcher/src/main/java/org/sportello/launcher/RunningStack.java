package org.sportello.launcher;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

import org.sportello.launcher.postgres.PostgresServer;
import org.sportello.local.LocalKafka;
import org.sportello.local.ServiceProcess;

/**
 * What the launcher has started, stopped in reverse order by {@link #close()} (the shutdown hook):
 * the demo, then the services (SIGTERM, each waited for: they finish relaying and committing), then
 * Kafka, then PostgreSQL if the launcher runs it. Components register as they start, under the
 * same lock {@code close()} takes, so a Ctrl-C during start-up never leaves one running.
 */
final class RunningStack {

    private final PrintStream out;
    private final List<ServiceProcess> services = new ArrayList<>();
    private AutoCloseable demo;
    private LocalKafka kafka;
    private PostgresServer postgres;
    private boolean closing;

    RunningStack(PrintStream out) {
        this.out = out;
    }

    synchronized boolean isClosing() {
        return closing;
    }

    /** Blocks until {@link #close()} begins (Ctrl-C or SIGTERM). */
    synchronized void awaitClosing() throws InterruptedException {
        while (!closing) {
            wait();
        }
    }

    /** Registered before it starts: {@link PostgresServer#close()} is safe during its start. */
    synchronized void postgres(PostgresServer server) {
        stopIfClosing();
        postgres = server;
    }

    synchronized void kafka(LocalKafka broker) {
        if (closing) {
            broker.stop();
            throw new Stopping();
        }
        kafka = broker;
    }

    /** Starts the service's JVM; holding the lock means it is either stopped by close() or never started. */
    synchronized void start(ServiceProcess service) {
        stopIfClosing();
        services.add(service);
        service.start();
    }

    synchronized void demo(AutoCloseable running) {
        stopIfClosing();
        demo = running;
    }

    void close() {
        List<ServiceProcess> toStop;
        AutoCloseable demo;
        LocalKafka kafka;
        PostgresServer postgres;
        synchronized (this) {
            if (closing) {
                return;
            }
            closing = true;
            notifyAll();
            toStop = List.copyOf(services);
            demo = this.demo;
            kafka = this.kafka;
            postgres = this.postgres;
        }
        boolean postgresRunning = postgres != null && postgres.running();
        boolean anythingRuns = demo != null || !toStop.isEmpty() || kafka != null || postgresRunning;
        if (anythingRuns) {
            out.println();
            out.println("Stopping Sportello...");
        }
        if (demo != null) {
            try {
                demo.close();
            } catch (Exception e) {
                // the services stop next anyway
            }
        }
        if (!toStop.isEmpty()) {
            // In parallel: each waits for its own graceful shutdown, and none needs another to stop first.
            Parallel.run(toStop.stream().<Runnable>map(s -> s::stop).toList());
            out.println("  stopped " + String.join(", ", toStop.stream().map(ServiceProcess::name).toList()));
        }
        if (kafka != null) {
            kafka.stop();
            out.println("  stopped Kafka");
        }
        if (postgres != null) {
            // Even if it is not running yet: closing it first means it never will (a start in progress).
            postgres.close();
            if (postgresRunning) {
                out.println("  stopped PostgreSQL");
            }
        }
        if (anythingRuns) {
            out.println("Sportello stopped; its data is kept.");
        }
        out.flush();
    }

    private void stopIfClosing() {
        if (closing) {
            throw new Stopping();
        }
    }

    /** Start-up was cut short by Ctrl-C or SIGTERM: nothing to report, the shutdown hook is at work. */
    static final class Stopping extends LauncherFailure {
        Stopping() {
            super("stopping");
        }
    }
}
