package org.sportello.benchmark;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.YearMonth;
import java.util.Map;
import java.util.Set;

/**
 * Options of {@code research}, each with a default that fits the local launcher's stack (external
 * PostgreSQL on 5432, databases {@code sportello_*}).
 *
 * @param load whether to publish the population (false: an earlier run with the same seed did, and
 *             reporting holds it)
 */
record ResearchOptions(String reportingUrl, String kafka, String reportingJdbcUrl, String jdbcUrl, String jdbcUser,
                       String jdbcPassword, String jwtSecret, long seed, int contacts, int offices, int months,
                       YearMonth until, boolean load, Duration loadTimeout, int warmupRequests, int requests,
                       int coldRequests, int concurrency, Duration insertDuration) {

    static final String COMMAND = "research";

    static final String USAGE = """
            Usage: java -jar infra/benchmark/target/benchmark-0.1.0-SNAPSHOT-exec.jar research [--option value]...
              --reporting URL           reporting service (default http://127.0.0.1:8084)
              --kafka SERVERS           the system's Kafka (default 127.0.0.1:9092): the population is published
                                        there on scheduling's and intake's topics, as their relays would
              --reporting-jdbc URL      reporting's database, to see the facts arrive and count what a
                                        recomputation reads (default jdbc:postgresql://127.0.0.1:5432/sportello_reporting)
              --jdbc URL                PostgreSQL server for the raw insert baseline
                                        (default jdbc:postgresql://127.0.0.1:5432/postgres; user/password of both from
                                        --jdbc-user/--jdbc-password, default postgres/postgres)
              --secret S                JWT secret (default: $SPORTELLO_JWT_SECRET, else .sportello/jwt-secret)
              --seed N                  the population's seed: the same seed, the same events (default 1)
              --contacts N              contacts, named and anonymous (default 1000000)
              --offices N               offices, in municipalities of four (default 20)
              --months N                months of contacts (default 12)
              --until YYYY-MM           the last of them (default last month)
              --load yes|no             publish the population (default yes; no: an earlier run with this
                                        seed did, and reporting holds it)
              --load-timeout MINUTES    how long reporting may take to read it (default 120)
              --warmup-requests N       unmeasured indicator requests first (default 50)
              --requests N              measured indicator requests, one at a time (default 200)
              --cold-requests N         then as many answered cold: before each, the benchmark moves
                                        research's revision as a batch of facts would, so reporting
                                        computes the answer again (default 50)
              --concurrency N           connections of the raw insert baseline (default 8)
              --insert-seconds S        raw insert baseline duration (default 10)
            """;

    private static final Set<String> KNOWN = Set.of("reporting", "kafka", "reporting-jdbc", "jdbc", "jdbc-user",
            "jdbc-password", "secret", "seed", "contacts", "offices", "months", "until", "load", "load-timeout",
            "warmup-requests", "requests", "cold-requests", "concurrency", "insert-seconds");
    private static final Path LAUNCHER_SECRET = Path.of(".sportello/jwt-secret");

    ResearchOptions {
        if (contacts < 1 || offices < 1 || months < 1 || requests < 1 || coldRequests < 1 || warmupRequests < 0
                || concurrency < 1
                || loadTimeout.isNegative() || loadTimeout.isZero() || insertDuration.isNegative()
                || insertDuration.isZero()) {
            throw new IllegalArgumentException("contacts, offices, months, requests, cold-requests, concurrency, load-timeout and "
                    + "insert-seconds must be at least 1, warmup-requests at least 0");
        }
    }

    static ResearchOptions parse(String[] args) {
        return parse(args, System.getenv("SPORTELLO_JWT_SECRET"), LAUNCHER_SECRET, Clock.systemUTC());
    }

    /** With the environment's secret, the launcher's secret file and the clock given, so that tests depend on none. */
    static ResearchOptions parse(String[] args, String environmentSecret, Path secretFile, Clock clock) {
        Map<String, String> given = BenchmarkOptions.pairs(args);
        for (String name : given.keySet()) {
            if (!KNOWN.contains(name)) {
                // A mistyped option would otherwise run with its default and report a figure nobody asked for.
                throw new IllegalArgumentException("unknown option --" + name);
            }
        }
        String load = given.getOrDefault("load", "yes");
        if (!load.equals("yes") && !load.equals("no")) {
            throw new IllegalArgumentException("--load is yes or no, not " + load);
        }
        YearMonth until;
        try {
            until = given.containsKey("until") ? YearMonth.parse(given.get("until"))
                    : YearMonth.now(clock.withZone(ResearchPopulation.ZONE)).minusMonths(1);
        } catch (java.time.format.DateTimeParseException e) {
            throw new IllegalArgumentException("--until is a month as YYYY-MM, not " + given.get("until"));
        }
        try {
            return new ResearchOptions(
                    given.getOrDefault("reporting", "http://127.0.0.1:8084"),
                    given.getOrDefault("kafka", "127.0.0.1:9092"),
                    given.getOrDefault("reporting-jdbc", "jdbc:postgresql://127.0.0.1:5432/sportello_reporting"),
                    given.getOrDefault("jdbc", "jdbc:postgresql://127.0.0.1:5432/postgres"),
                    given.getOrDefault("jdbc-user", "postgres"),
                    given.getOrDefault("jdbc-password", "postgres"),
                    BookingOptions.secret(given.get("secret"), environmentSecret, secretFile),
                    Long.parseLong(given.getOrDefault("seed", "1")),
                    Integer.parseInt(given.getOrDefault("contacts", "1000000")),
                    Integer.parseInt(given.getOrDefault("offices", "20")),
                    Integer.parseInt(given.getOrDefault("months", "12")),
                    until,
                    load.equals("yes"),
                    Duration.ofMinutes(Long.parseLong(given.getOrDefault("load-timeout", "120"))),
                    Integer.parseInt(given.getOrDefault("warmup-requests", "50")),
                    Integer.parseInt(given.getOrDefault("requests", "200")),
                    Integer.parseInt(given.getOrDefault("cold-requests", "50")),
                    Integer.parseInt(given.getOrDefault("concurrency", "8")),
                    Duration.ofSeconds(Long.parseLong(given.getOrDefault("insert-seconds", "10"))));
        } catch (NumberFormatException notANumber) {
            throw new IllegalArgumentException("not a whole number: " + notANumber.getMessage());
        }
    }

    /** The population these options ask for. */
    ResearchPopulation.Spec population() {
        return new ResearchPopulation.Spec(seed, contacts, offices, until.minusMonths(months - 1L), until);
    }
}
