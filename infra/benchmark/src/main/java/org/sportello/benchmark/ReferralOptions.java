package org.sportello.benchmark;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Set;

/** Options of {@code referrals}, each with a default that fits the local launcher's stack. */
record ReferralOptions(String intakeUrl, String schedulingUrl, String referralUrl, String jdbcUrl, String jdbcUser,
                       String jdbcPassword, String jwtSecret, int concurrency, int cases, int completePercent,
                       Duration warmup, Duration duration, Duration insertDuration) {

    static final String COMMAND = "referrals";

    static final String USAGE = """
            Usage: java -jar infra/benchmark/target/benchmark-0.1.0-SNAPSHOT-exec.jar referrals [--option value]...
              --intake URL              intake service (default http://127.0.0.1:8081)
              --scheduling URL          scheduling service (default http://127.0.0.1:8082)
              --referral URL            referral service (default http://127.0.0.1:8083)
              --jdbc URL                PostgreSQL server for the raw insert baseline
                                        (default jdbc:postgresql://127.0.0.1:5432/postgres; user/password from
                                        --jdbc-user/--jdbc-password, default postgres/postgres)
              --secret S                JWT secret (default: $SPORTELLO_JWT_SECRET, else .sportello/jwt-secret)
              --concurrency N           concurrent clients (default 8)
              --cases N                 open cases created at intake for the run, referred in turn (default 200)
              --complete-percent P      accepted referrals the provider then completes (default 50)
              --warmup SECONDS          unmeasured warm-up (default 10)
              --duration SECONDS        measured run (default 30)
              --insert-seconds S        raw insert baseline duration (default 10)
            """;

    private static final Set<String> KNOWN = Set.of("intake", "scheduling", "referral", "jdbc", "jdbc-user",
            "jdbc-password", "secret", "concurrency", "cases", "complete-percent", "warmup", "duration", "insert-seconds");
    private static final Path LAUNCHER_SECRET = Path.of(".sportello/jwt-secret");

    ReferralOptions {
        if (concurrency < 1 || cases < 1 || insertDuration.isNegative() || insertDuration.isZero()
                || duration.isNegative() || duration.isZero() || warmup.isNegative()) {
            throw new IllegalArgumentException("concurrency, cases, duration and insert-seconds must be at least 1, "
                    + "warmup at least 0");
        }
        if (completePercent < 0 || completePercent > 100) {
            throw new IllegalArgumentException("complete-percent must be from 0 to 100");
        }
    }

    static ReferralOptions parse(String[] args) {
        return parse(args, System.getenv("SPORTELLO_JWT_SECRET"), LAUNCHER_SECRET);
    }

    /** With the environment's secret and the launcher's secret file given, so that tests do not depend on either. */
    static ReferralOptions parse(String[] args, String environmentSecret, Path secretFile) {
        Map<String, String> given = BenchmarkOptions.pairs(args);
        for (String name : given.keySet()) {
            if (!KNOWN.contains(name)) {
                // A mistyped option would otherwise run with its default and report a figure nobody asked for.
                throw new IllegalArgumentException("unknown option --" + name);
            }
        }
        try {
            return new ReferralOptions(
                    given.getOrDefault("intake", "http://127.0.0.1:8081"),
                    given.getOrDefault("scheduling", "http://127.0.0.1:8082"),
                    given.getOrDefault("referral", "http://127.0.0.1:8083"),
                    given.getOrDefault("jdbc", "jdbc:postgresql://127.0.0.1:5432/postgres"),
                    given.getOrDefault("jdbc-user", "postgres"),
                    given.getOrDefault("jdbc-password", "postgres"),
                    BookingOptions.secret(given.get("secret"), environmentSecret, secretFile),
                    Integer.parseInt(given.getOrDefault("concurrency", "8")),
                    Integer.parseInt(given.getOrDefault("cases", "200")),
                    Integer.parseInt(given.getOrDefault("complete-percent", "50")),
                    Duration.ofSeconds(Long.parseLong(given.getOrDefault("warmup", "10"))),
                    Duration.ofSeconds(Long.parseLong(given.getOrDefault("duration", "30"))),
                    Duration.ofSeconds(Long.parseLong(given.getOrDefault("insert-seconds", "10"))));
        } catch (NumberFormatException notANumber) {
            throw new IllegalArgumentException("not a whole number: " + notANumber.getMessage());
        }
    }
}
