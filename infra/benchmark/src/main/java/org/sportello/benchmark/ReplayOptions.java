package org.sportello.benchmark;

import java.time.Duration;
import java.util.Map;
import java.util.Set;

/** Options of {@code replay-encryption}, each with a default that fits the local launcher's PostgreSQL. */
record ReplayOptions(String jdbcUrl, String jdbcUser, String jdbcPassword, int citizens, int contactsPerCitizen,
                     int rounds, int concurrency, Duration insertDuration) {

    static final String COMMAND = "replay-encryption";

    static final String USAGE = """
            Usage: java -jar infra/benchmark/target/benchmark-0.1.0-SNAPSHOT-exec.jar replay-encryption [--option value]...
              --jdbc URL                PostgreSQL server; a scratch database is created there and dropped at the end
                                        (default jdbc:postgresql://127.0.0.1:5432/postgres; user/password from
                                        --jdbc-user/--jdbc-password, default postgres/postgres)
              --citizens N              citizens registered in each event store (default 10000)
              --contacts-per-citizen N  contacts recorded per citizen (default 10)
              --rounds N                measured rounds of OFF, ON, ON-decrypting after one warm-up round (default 2)
              --concurrency N           connections of the raw insert baseline (default 8)
              --insert-seconds S        raw insert baseline duration (default 10)
            """;

    private static final Set<String> KNOWN = Set.of("jdbc", "jdbc-user", "jdbc-password", "citizens",
            "contacts-per-citizen", "rounds", "concurrency", "insert-seconds");

    ReplayOptions {
        if (citizens < 1 || contactsPerCitizen < 0 || rounds < 1 || concurrency < 1 || insertDuration.isNegative()
                || insertDuration.isZero()) {
            throw new IllegalArgumentException("citizens, rounds, concurrency and insert-seconds must be at least 1, "
                    + "contacts-per-citizen at least 0");
        }
    }

    static ReplayOptions parse(String[] args) {
        Map<String, String> given = BenchmarkOptions.pairs(args);
        for (String name : given.keySet()) {
            if (!KNOWN.contains(name)) {
                // A mistyped option would otherwise run with its default and report a figure nobody asked for.
                throw new IllegalArgumentException("unknown option --" + name);
            }
        }
        try {
            return new ReplayOptions(
                    given.getOrDefault("jdbc", "jdbc:postgresql://127.0.0.1:5432/postgres"),
                    given.getOrDefault("jdbc-user", "postgres"),
                    given.getOrDefault("jdbc-password", "postgres"),
                    Integer.parseInt(given.getOrDefault("citizens", "10000")),
                    Integer.parseInt(given.getOrDefault("contacts-per-citizen", "10")),
                    Integer.parseInt(given.getOrDefault("rounds", "2")),
                    Integer.parseInt(given.getOrDefault("concurrency", "8")),
                    Duration.ofSeconds(Long.parseLong(given.getOrDefault("insert-seconds", "10"))));
        } catch (NumberFormatException notANumber) {
            throw new IllegalArgumentException("not a whole number: " + notANumber.getMessage());
        }
    }

    long events() {
        return (long) citizens * (1 + contactsPerCitizen);
    }
}
