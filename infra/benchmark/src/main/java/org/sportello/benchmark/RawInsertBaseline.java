package org.sportello.benchmark;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.LongAdder;

/**
 * The rate of single-row committed inserts into the same PostgreSQL server, with the same
 * concurrency: the ceiling any service that commits once per command can approach, so the
 * benchmark's throughput reads as a ratio of what this machine's disk allows.
 */
final class RawInsertBaseline {

    private RawInsertBaseline() {
    }

    static double insertsPerSecond(BenchmarkOptions options) throws Exception {
        return insertsPerSecond(options.jdbcUrl(), options.jdbcUser(), options.jdbcPassword(), options.concurrency(),
                options.insertDuration());
    }

    /** Into the database of {@code jdbcUrl}, over {@code connections} connections for {@code duration}. */
    static double insertsPerSecond(String jdbcUrl, String user, String password, int connections, Duration duration)
            throws Exception {
        try (Connection setup = connect(jdbcUrl, user, password); Statement statement = setup.createStatement()) {
            statement.execute("CREATE TABLE IF NOT EXISTS sportello_benchmark_insert (id BIGSERIAL PRIMARY KEY, "
                    + "contact_id UUID NOT NULL, payload TEXT NOT NULL)");
            statement.execute("TRUNCATE sportello_benchmark_insert");
        }
        LongAdder inserted = new LongAdder();
        long deadline = System.nanoTime() + duration.toNanos();
        ExecutorService pool = Executors.newFixedThreadPool(connections);
        List<Future<?>> workers = new ArrayList<>();
        long start = System.nanoTime();
        for (int i = 0; i < connections; i++) {
            workers.add(pool.submit(() -> {
                try (Connection connection = connect(jdbcUrl, user, password);
                     PreparedStatement insert = connection.prepareStatement(
                             "INSERT INTO sportello_benchmark_insert (contact_id, payload) VALUES (?, ?)")) {
                    while (System.nanoTime() < deadline) {
                        insert.setObject(1, java.util.UUID.randomUUID());
                        insert.setString(2, "{\"channel\":\"WALK_IN\",\"outcomes\":[\"INFORMATION_GIVEN\"]}");
                        insert.executeUpdate();
                        inserted.increment();
                    }
                }
                return null;
            }));
        }
        for (Future<?> worker : workers) {
            worker.get();
        }
        double seconds = Duration.ofNanos(System.nanoTime() - start).toMillis() / 1000.0;
        pool.shutdown();
        try (Connection cleanup = connect(jdbcUrl, user, password); Statement statement = cleanup.createStatement()) {
            statement.execute("DROP TABLE sportello_benchmark_insert");
        }
        return inserted.sum() / seconds;
    }

    private static Connection connect(String jdbcUrl, String user, String password) throws Exception {
        Connection connection = DriverManager.getConnection(jdbcUrl, user, password);
        connection.setAutoCommit(true);
        return connection;
    }
}
