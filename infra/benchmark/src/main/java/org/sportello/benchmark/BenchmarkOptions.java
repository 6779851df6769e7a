package org.sportello.benchmark;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/** Command-line options, each with a default that fits the local launcher's stack. */
record BenchmarkOptions(String intakeUrl, String reportingUrl, String jdbcUrl, String jdbcUser, String jdbcPassword,
                        String jwtSecret, int concurrency, int citizens, Duration warmup, Duration duration,
                        Duration insertDuration, String kafka) {

    static final String USAGE = """
            Usage: java -jar infra/benchmark/target/benchmark-0.1.0-SNAPSHOT-exec.jar [--option value]...
              --intake URL          intake service (default http://127.0.0.1:8081)
              --reporting URL       reporting service (default http://127.0.0.1:8084)
              --jdbc URL            PostgreSQL server for the raw insert baseline
                                    (default jdbc:postgresql://127.0.0.1:5432/postgres; user/password from
                                    --jdbc-user/--jdbc-password, default postgres/postgres)
              --secret S            JWT secret (default: $SPORTELLO_JWT_SECRET, else .sportello/jwt-secret)
              --concurrency N       concurrent clients (default 8)
              --citizens N          citizens registered before the run (default 500)
              --warmup SECONDS      unmeasured warm-up (default 10)
              --duration SECONDS    measured run (default 30)
              --insert-seconds S    raw insert baseline duration (default 10)
              --kafka SERVERS       the system's Kafka (default 127.0.0.1:9092): the run's two offices are
                                    published there as scheduling's OfficeCreated, since intake records
                                    contacts only at offices scheduling has published
            The cost of sealing personal data to a replay, without services: add replay-encryption first.
            """;

    static BenchmarkOptions parse(String[] args) throws Exception {
        Map<String, String> given = pairs(args);
        String secret = given.getOrDefault("secret", System.getenv("SPORTELLO_JWT_SECRET"));
        if (secret == null && Files.isReadable(Path.of(".sportello/jwt-secret"))) {
            secret = Files.readString(Path.of(".sportello/jwt-secret")).strip();
        }
        if (secret == null) {
            throw new IllegalArgumentException("no JWT secret: set SPORTELLO_JWT_SECRET or pass --secret");
        }
        return new BenchmarkOptions(
                given.getOrDefault("intake", "http://127.0.0.1:8081"),
                given.getOrDefault("reporting", "http://127.0.0.1:8084"),
                given.getOrDefault("jdbc", "jdbc:postgresql://127.0.0.1:5432/postgres"),
                given.getOrDefault("jdbc-user", "postgres"),
                given.getOrDefault("jdbc-password", "postgres"),
                secret,
                Integer.parseInt(given.getOrDefault("concurrency", "8")),
                Integer.parseInt(given.getOrDefault("citizens", "500")),
                Duration.ofSeconds(Long.parseLong(given.getOrDefault("warmup", "10"))),
                Duration.ofSeconds(Long.parseLong(given.getOrDefault("duration", "30"))),
                Duration.ofSeconds(Long.parseLong(given.getOrDefault("insert-seconds", "10"))),
                given.getOrDefault("kafka", "127.0.0.1:9092"));
    }

    /** {@code --name value} pairs, the one option style of every benchmark command. */
    static Map<String, String> pairs(String[] args) {
        Map<String, String> given = new HashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (!args[i].startsWith("--") || i + 1 >= args.length) {
                throw new IllegalArgumentException("unexpected argument " + args[i]);
            }
            given.put(args[i].substring(2), args[++i]);
        }
        return given;
    }
}
