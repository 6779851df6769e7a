package org.sportello.benchmark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Set;

/** Options of {@code booking}, each with a default that fits the local launcher's stack. */
record BookingOptions(String schedulingUrl, String jdbcUrl, String jdbcUser, String jdbcPassword, String jwtSecret,
                      int concurrency, int offices, int operatorsPerOffice, int jointPercent, Duration warmup,
                      Duration duration, Duration insertDuration) {

    static final String COMMAND = "booking";

    static final String USAGE = """
            Usage: java -jar infra/benchmark/target/benchmark-0.1.0-SNAPSHOT-exec.jar booking [--option value]...
              --scheduling URL          scheduling service (default http://127.0.0.1:8082)
              --jdbc URL                PostgreSQL server for the raw insert baseline
                                        (default jdbc:postgresql://127.0.0.1:5432/postgres; user/password from
                                        --jdbc-user/--jdbc-password, default postgres/postgres)
              --secret S                JWT secret (default: $SPORTELLO_JWT_SECRET, else .sportello/jwt-secret)
              --concurrency N           concurrent clients, spread over the offices (default 16)
              --offices N               busy offices created for the run (default 3)
              --operators-per-office N  operators per office, social workers and educators alternately (default 8)
              --joint-percent P         requests that need a social worker and an educator together (default 30)
              --warmup SECONDS          unmeasured warm-up (default 10)
              --duration SECONDS        measured run (default 30)
              --insert-seconds S        raw insert baseline duration (default 10)
            """;

    private static final Set<String> KNOWN = Set.of("scheduling", "jdbc", "jdbc-user", "jdbc-password", "secret",
            "concurrency", "offices", "operators-per-office", "joint-percent", "warmup", "duration", "insert-seconds");
    private static final Path LAUNCHER_SECRET = Path.of(".sportello/jwt-secret");

    BookingOptions {
        if (concurrency < 1 || offices < 1 || insertDuration.isNegative() || insertDuration.isZero()
                || duration.isNegative() || duration.isZero() || warmup.isNegative()) {
            throw new IllegalArgumentException("concurrency, offices, duration and insert-seconds must be at least 1, "
                    + "warmup at least 0");
        }
        if (operatorsPerOffice < 2) {
            // A joint interview needs a social worker and an educator: one of each at the least.
            throw new IllegalArgumentException("operators-per-office must be at least 2");
        }
        if (jointPercent < 0 || jointPercent > 100) {
            throw new IllegalArgumentException("joint-percent must be from 0 to 100");
        }
    }

    static BookingOptions parse(String[] args) {
        return parse(args, System.getenv("SPORTELLO_JWT_SECRET"), LAUNCHER_SECRET);
    }

    /** With the environment's secret and the launcher's secret file given, so that tests do not depend on either. */
    static BookingOptions parse(String[] args, String environmentSecret, Path secretFile) {
        Map<String, String> given = BenchmarkOptions.pairs(args);
        for (String name : given.keySet()) {
            if (!KNOWN.contains(name)) {
                // A mistyped option would otherwise run with its default and report a figure nobody asked for.
                throw new IllegalArgumentException("unknown option --" + name);
            }
        }
        try {
            return new BookingOptions(
                    given.getOrDefault("scheduling", "http://127.0.0.1:8082"),
                    given.getOrDefault("jdbc", "jdbc:postgresql://127.0.0.1:5432/postgres"),
                    given.getOrDefault("jdbc-user", "postgres"),
                    given.getOrDefault("jdbc-password", "postgres"),
                    secret(given.get("secret"), environmentSecret, secretFile),
                    Integer.parseInt(given.getOrDefault("concurrency", "16")),
                    Integer.parseInt(given.getOrDefault("offices", "3")),
                    Integer.parseInt(given.getOrDefault("operators-per-office", "8")),
                    Integer.parseInt(given.getOrDefault("joint-percent", "30")),
                    Duration.ofSeconds(Long.parseLong(given.getOrDefault("warmup", "10"))),
                    Duration.ofSeconds(Long.parseLong(given.getOrDefault("duration", "30"))),
                    Duration.ofSeconds(Long.parseLong(given.getOrDefault("insert-seconds", "10"))));
        } catch (NumberFormatException notANumber) {
            throw new IllegalArgumentException("not a whole number: " + notANumber.getMessage());
        }
    }

    /** As the contact benchmark finds it: the option, else the environment, else the launcher's file. */
    static String secret(String option, String environment, Path file) {
        if (option != null) {
            return option;
        }
        if (environment != null && !environment.isBlank()) {
            return environment;
        }
        if (Files.isReadable(file)) {
            try {
                return Files.readString(file).strip();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        throw new IllegalArgumentException("no JWT secret: set SPORTELLO_JWT_SECRET or pass --secret");
    }
}
