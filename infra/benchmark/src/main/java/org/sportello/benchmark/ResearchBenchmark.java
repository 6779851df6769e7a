package org.sportello.benchmark;

import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.HdrHistogram.Histogram;
import org.sportello.local.DevToken;
import org.sportello.platform.json.ContractJson;
import tools.jackson.databind.json.JsonMapper;

/**
 * The research indicators' two figures against a running reporting service (the launcher's stack),
 * each beside the raw insert rate of the same PostgreSQL measured in the same run:
 * <ol>
 *   <li>{@code GET /api/research/indicators} for every month and office of a synthetic population
 *       (12 × 20 by default), one request at a time after a warm-up: p50, p95, p99 (target p99 &lt;
 *       {@value #TARGET_P99_MS} ms);</li>
 *   <li>a full recomputation after a scheme change ({@code PUT /api/research/coding-schemes/{v}} as
 *       ADMIN, then until reporting says the version is READY): the events the stored facts hold, divided
 *       by the seconds from the PUT to READY (target ≥ {@value #TARGET_EVENTS_PER_SECOND} events/s).</li>
 * </ol>
 * The population ({@link ResearchPopulation}, a million contacts by default) is published on
 * scheduling's and intake's topics as their relays would, and reaches the research tables the real
 * way, through reporting's projections; the benchmark watches reporting's database until every fact and
 * episode is there, and says how long that took. It reads that database, and changes it in two ways
 * only: on a server without autovacuum it analyses the research tables once after the load, as
 * autovacuum would have; and before each cold request it moves research's revision
 * ({@code research_revision}), as every batch of facts does, so that reporting cannot answer from
 * what it remembered and computes the answer again.
 */
public final class ResearchBenchmark {

    static final double TARGET_P99_MS = 500;
    static final double TARGET_EVENTS_PER_SECOND = 20_000;
    /** The scheme every episode is computed under from the start (reporting's migration). */
    static final String DEFAULT_SCHEME = "v1";
    private static final Duration TOKEN_TTL = Duration.ofHours(12);
    private static final Duration PROGRESS_EVERY = Duration.ofSeconds(15);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** How the population got into reporting: published now (or by an earlier run) and read in how long. */
    record Load(boolean published, double publishSeconds, double readSeconds, long events) {

        /** Events per second from the first publish until reporting held every fact and episode. */
        double eventsPerSecond() {
            return events / readSeconds;
        }
    }

    /** The indicator requests: latencies in microseconds; {@code rows} of the first answer. */
    record Latency(int warmupRequests, double firstMillis, Histogram measured, int rows, int errors,
                   String firstFailure) {

        double millis(double percentile) {
            return measured.getValueAtPercentile(percentile) / 1000.0;
        }
    }

    /**
     * A recomputation: the facts reporting held when the scheme changed (contacts, cases and the cases'
     * ends: the events they came from), the seconds from the PUT until READY was seen, and reporting's own
     * time ({@code ready_at - created_at}, null if it did not say).
     */
    record Recompute(String version, long contacts, long cases, long caseEnds, double seconds, Double serverSeconds) {

        long events() {
            return contacts + cases + caseEnds;
        }

        double eventsPerSecond() {
            return events() / seconds;
        }
    }

    record Result(ResearchPopulation.Summary population, Load load, Latency indicators, Latency cold,
                  Recompute recompute, double rawInsertsPerSecond) {

        /** Met when both the repeated and the cold answers are under the target at the 99th percentile. */
        boolean latencyMet() {
            return indicators.errors() == 0 && indicators.millis(99) < TARGET_P99_MS
                    && cold.errors() == 0 && cold.millis(99) < TARGET_P99_MS;
        }

        boolean recomputeMet() {
            return recompute.eventsPerSecond() >= TARGET_EVENTS_PER_SECOND;
        }
    }

    private final ResearchOptions options;
    private final ResearchPopulation.Spec spec;
    private final PrintStream out;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final String researcher;
    private final String admin;

    private ResearchBenchmark(ResearchOptions options, PrintStream out) {
        this.options = options;
        this.spec = options.population();
        this.out = out;
        this.researcher = DevToken.mint(options.jwtSecret(), "benchmark-researcher", List.of("RESEARCHER"), TOKEN_TTL);
        this.admin = DevToken.mint(options.jwtSecret(), "benchmark-admin", List.of("ADMIN"), TOKEN_TTL);
    }

    public static void main(String[] args) throws Exception {
        ResearchOptions options;
        try {
            options = ResearchOptions.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.print(ResearchOptions.USAGE);
            System.exit(2);
            return;
        }
        Result result = run(options, System.out);
        System.exit(result.latencyMet() && result.recomputeMet() ? 0 : 1);
    }

    /** Loads, measures both figures and the raw inserts, and prints; the tests call this. */
    static Result run(ResearchOptions options, PrintStream out) throws Exception {
        return new ResearchBenchmark(options, out).measure();
    }

    private Result measure() throws Exception {
        out.printf("Sportello research benchmark: seed %d, %,d contacts at %d offices over %d months (%s to %s), "
                        + "district %s, against %s (Kafka %s, database %s)%n", spec.seed(), spec.contacts(),
                spec.offices(), spec.months(), spec.firstMonth(), spec.lastMonth(), spec.districtId(),
                options.reportingUrl(), options.kafka(), options.reportingJdbcUrl());
        out.flush();
        try (Connection reporting = DriverManager.getConnection(options.reportingJdbcUrl(), options.jdbcUser(),
                options.jdbcPassword())) {
            requireResearchTables(reporting);
            Instant started = Instant.now();
            ResearchPopulation.Summary population;
            double publishSeconds = 0;
            if (options.load()) {
                try (ResearchTopics topics = new ResearchTopics(options.kafka())) {
                    population = ResearchPopulation.generate(spec, topics::publish);
                }
                publishSeconds = seconds(started);
                out.printf("published %,d events in %.1f s; waiting for reporting's projections ...%n",
                        population.events(), publishSeconds);
            } else {
                // The same seed gives the same population: its counts, without publishing it again.
                population = ResearchPopulation.generate(spec, event -> { });
                out.printf("not publishing (--load no): waiting for the %,d events of seed %d in reporting ...%n",
                        population.events(), spec.seed());
            }
            out.flush();
            awaitLoaded(reporting, population, started);
            Load load = new Load(options.load(), publishSeconds, seconds(started), population.events());
            out.printf("reporting holds every fact and episode after %.1f s%n", load.readSeconds());
            analyseWithoutAutovacuum(reporting);
            out.flush();

            Latency indicators = indicators(spec, options.warmupRequests(), options.requests(), null);
            out.printf("indicators: %d warm-up and %d measured requests done%n", indicators.warmupRequests(),
                    indicators.measured().getTotalCount());
            out.flush();
            Latency cold = indicators(spec, 0, options.coldRequests(), reporting);
            out.printf("indicators: %d cold requests done%n", cold.measured().getTotalCount());
            out.flush();
            Recompute recompute = recompute(reporting);
            out.printf("recomputation of scheme %s done in %.1f s%n", recompute.version(), recompute.seconds());
            out.println("measuring raw PostgreSQL inserts ...");
            out.flush();
            double rawInserts = RawInsertBaseline.insertsPerSecond(options.jdbcUrl(), options.jdbcUser(),
                    options.jdbcPassword(), options.concurrency(), options.insertDuration());
            Result result = new Result(population, load, indicators, cold, recompute, rawInserts);
            print(result);
            return result;
        }
    }

    // ---- Loading ------------------------------------------------------------------------------------

    private static void requireResearchTables(Connection reporting) {
        try (PreparedStatement check = reporting.prepareStatement(
                "SELECT to_regclass('research_episode') IS NOT NULL AND to_regclass('research_coding_scheme') IS NOT NULL");
             ResultSet row = check.executeQuery()) {
            row.next();
            if (!row.getBoolean(1)) {
                throw new IllegalStateException("reporting's database has no research tables: is --reporting-jdbc "
                        + "reporting's database, and reporting built from a main with the research features?");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read reporting's database: " + e.getMessage(), e);
        }
    }

    /**
     * A server without autovacuum (as CI's machines run) never gathers the statistics of tables that
     * grew from empty, and PostgreSQL then plans the indicators' scans for a handful of rows (a sort
     * of half a million episodes instead of a hash). Autovacuum's own analyse would have run long
     * before a million contacts on a default server, so the benchmark runs it once, and says so.
     */
    private void analyseWithoutAutovacuum(Connection reporting) throws SQLException {
        try (PreparedStatement show = reporting.prepareStatement("SHOW autovacuum");
             ResultSet setting = show.executeQuery()) {
            setting.next();
            if (setting.getString(1).equals("on")) {
                return;
            }
        }
        Instant started = Instant.now();
        try (PreparedStatement analyse = reporting.prepareStatement(
                "ANALYZE research_episode, research_contact, research_case, research_citizen")) {
            analyse.execute();
        }
        out.printf("this server runs without autovacuum: analysed the research tables, as its analyse would "
                + "have, in %.1f s%n", seconds(started));
    }

    /** Until the research tables hold the population's contacts, cases and episodes under the default scheme. */
    private void awaitLoaded(Connection reporting, ResearchPopulation.Summary population, Instant started)
            throws SQLException, InterruptedException {
        String offices = spec.districtId() + "-o%";
        Instant deadline = started.plus(options.loadTimeout());
        Instant nextProgress = Instant.now().plus(PROGRESS_EVERY);
        while (true) {
            long contacts = count(reporting, "SELECT count(*) FROM research_contact WHERE office_id LIKE ?", offices);
            long cases = count(reporting, "SELECT count(*) FROM research_case WHERE office_id LIKE ?", offices);
            long episodes = count(reporting, "SELECT count(*) FROM research_episode WHERE scheme = '" + DEFAULT_SCHEME
                    + "' AND office_id LIKE ?", offices);
            if (contacts >= population.contacts() && cases >= population.cases() && episodes >= population.episodes()) {
                return;
            }
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException(String.format("after %s reporting holds %,d of %,d contacts, %,d of %,d "
                                + "cases and %,d of %,d episodes (scheme %s): see reporting-service's log, or give "
                                + "--load-timeout more", options.loadTimeout(), contacts, population.contacts(), cases,
                        population.cases(), episodes, population.episodes(), DEFAULT_SCHEME));
            }
            if (Instant.now().isAfter(nextProgress)) {
                out.printf("  after %.0f s: %,d of %,d contacts, %,d of %,d cases, %,d of %,d episodes%n",
                        seconds(started), contacts, population.contacts(), cases, population.cases(), episodes,
                        population.episodes());
                out.flush();
                nextProgress = Instant.now().plus(PROGRESS_EVERY);
            }
            Thread.sleep(500);
        }
    }

    // ---- Indicators ---------------------------------------------------------------------------------

    /** Every month and office of the population's district, one request at a time, after a warm-up. */
    /**
     * The year's indicators of the district's offices, one request at a time.
     *
     * @param revisions reporting's database, to move research's revision before each request (cold
     *                  answers), or null to ask again and again as researchers do (remembered answers)
     */
    private Latency indicators(ResearchPopulation.Spec population, int warmups, int requests, Connection revisions)
            throws Exception {
        URI uri = URI.create(options.reportingUrl() + "/api/research/indicators?from=" + population.firstMonth()
                + "&to=" + population.lastMonth() + "&groupBy=office&districtId=" + population.districtId());
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + researcher).header("Accept", "application/json").GET().build();
        int errors = 0;
        String firstFailure = null;
        double firstMillis = 0;
        int rows = -1;
        for (int i = 0; i < warmups; i++) {
            long start = System.nanoTime();
            HttpResponse<String> answer = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (i == 0) {
                firstMillis = (System.nanoTime() - start) / 1e6;
            }
            if (answer.statusCode() != 200) {
                throw new IllegalStateException("GET " + uri + " answered " + answer.statusCode() + ": " + answer.body());
            }
        }
        Histogram latency = new Histogram(Duration.ofMinutes(1).toNanos() / 1000, 3);
        for (int i = 0; i < requests; i++) {
            if (revisions != null) {
                moveRevision(revisions);
            }
            long start = System.nanoTime();
            HttpResponse<String> answer = http.send(request, HttpResponse.BodyHandlers.ofString());
            long micros = (System.nanoTime() - start) / 1000;
            latency.recordValue(Math.min(micros, latency.getHighestTrackableValue()));
            if (warmups == 0 && i == 0) {
                firstMillis = micros / 1000.0;
            }
            if (answer.statusCode() != 200) {
                errors++;
                firstFailure = firstFailure != null ? firstFailure : answer.statusCode() + " " + answer.body();
            } else if (rows < 0) {
                rows = JSON.readTree(answer.body()).path("rows").size();
            }
        }
        return new Latency(warmups, firstMillis, latency, rows, errors, firstFailure);
    }

    private static void moveRevision(Connection reporting) throws SQLException {
        try (PreparedStatement move = reporting.prepareStatement(
                "UPDATE research_revision SET revision = revision + 1")) {
            if (move.executeUpdate() != 1) {
                throw new IllegalStateException("reporting's database has no research revision: is reporting built "
                        + "from a main that has it?");
            }
        }
    }

    // ---- Recomputation ------------------------------------------------------------------------------

    /**
     * A new version of the default scheme with one change a researcher might make (an appointment proposed
     * is not yet help; a first access is over after 60 days), then until reporting has recomputed every
     * episode from the stored facts under it.
     */
    private Recompute recompute(Connection reporting) throws Exception {
        String version = "v" + Instant.now().getEpochSecond();
        long contacts = count(reporting, "SELECT count(*) FROM research_contact");
        long cases = count(reporting, "SELECT count(*) FROM research_case WHERE opened_at IS NOT NULL");
        long ends = count(reporting, "SELECT count(taken_in_charge_at) + count(referred_at) + count(closed_at) "
                + "FROM research_case");
        // The version is the path's; the body is the scheme (NewCodingScheme).
        Map<String, Object> scheme = Map.of(
                "care", List.of("ORIENTATION", "SHORT_SUPPORT_PATH", "TAKEN_IN_CHARGE", "REFERRAL"),
                "control", List.of("DOCUMENTS_REQUESTED", "ELIGIBILITY_CHECK", "NOT_ELIGIBLE",
                        "ECONOMIC_SUPPORT_REQUESTED"),
                "window", "P60D",
                "reasons", "Benchmark: an appointment proposed is not yet help; a first access is over after 60 days.");
        URI uri = URI.create(options.reportingUrl() + "/api/research/coding-schemes/" + version);
        HttpRequest put = HttpRequest.newBuilder(uri).timeout(Duration.ofMinutes(30))
                .header("Authorization", "Bearer " + admin).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofByteArray(ContractJson.write(scheme))).build();
        long start = System.nanoTime();
        HttpResponse<String> answer = http.send(put, HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() / 100 != 2) {
            throw new IllegalStateException("PUT " + uri + " answered " + answer.statusCode() + ": " + answer.body());
        }
        Instant deadline = Instant.now().plus(options.loadTimeout());
        try (PreparedStatement state = reporting.prepareStatement(
                "SELECT state, created_at, ready_at FROM research_coding_scheme WHERE version = ?")) {
            state.setString(1, version);
            while (true) {
                try (ResultSet row = state.executeQuery()) {
                    if (row.next() && "READY".equals(row.getString("state"))) {
                        double seconds = (System.nanoTime() - start) / 1e9;
                        Timestamp created = row.getTimestamp("created_at");
                        Timestamp ready = row.getTimestamp("ready_at");
                        Double server = created == null || ready == null ? null
                                : Duration.between(created.toInstant(), ready.toInstant()).toMillis() / 1000.0;
                        return new Recompute(version, contacts, cases, ends, seconds, server);
                    }
                }
                if (Instant.now().isAfter(deadline)) {
                    throw new IllegalStateException("scheme " + version + " is not READY after " + options.loadTimeout()
                            + ": see reporting-service's log");
                }
                Thread.sleep(20);
            }
        }
    }

    // ---- Report -------------------------------------------------------------------------------------

    private void print(Result result) {
        ResearchPopulation.Summary p = result.population();
        Load load = result.load();
        Latency l = result.indicators();
        Latency c = result.cold();
        Recompute r = result.recompute();
        out.printf("""

                Sportello research benchmark (%d cores; seed %d, %d months %s to %s, %d offices in %d municipalities)
                  population                 %,d events: %,d citizens, %,d cases (%,d taken in charge, %,d closed),
                                             %,d contacts (%,d anonymous), %,d episodes
                  load through the topics    %s; reporting held every fact and episode after %.1f s
                                             (%s)
                  indicators                 %d rows per answer (%d months x %d offices, groupBy=office)
                    warmth                   %s; %d warm-up requests (the first
                                             in %.1f ms), then %d measured, one at a time
                    asked again              p50 %.1f ms   p95 %.1f ms   p99 %.1f ms   max %.1f ms   (%d errors)
                    cold                     p50 %.1f ms   p95 %.1f ms   p99 %.1f ms   max %.1f ms   (%d errors)
                                             (%d requests, research's revision moved before each: every
                                             answer computed again from the episodes)
                  recomputation              scheme %s: %,d events (%,d contacts, %,d cases opened, %,d ends)
                                             READY %.1f s after the PUT%s
                    throughput               %,.0f events/s (warm: after the load and the indicator requests)
                  raw PostgreSQL inserts     %,.0f single-row commits/s (same server, %d connections)
                  recomputation / raw        %.2f   (events recomputed per raw single-row insert)
                targets: indicators p99 < %.0f ms %s; recomputation >= %,.0f events/s %s
                """,
                Runtime.getRuntime().availableProcessors(), spec.seed(), spec.months(), spec.firstMonth(),
                spec.lastMonth(), p.offices(), p.municipalities(),
                p.events(), p.citizens(), p.cases(), p.takenInCharge(), p.closed(), p.contacts(), p.anonymous(),
                p.episodes(),
                load.published() ? String.format("published in %.1f s", load.publishSeconds())
                        : "published by an earlier run (--load no)",
                load.readSeconds(), load.published()
                        ? String.format("%,.0f events/s through its projections, not a target", load.eventsPerSecond())
                        : "read by an earlier run: no rate to tell",
                l.rows(), spec.months(), spec.offices(),
                load.published() ? "the service had just read the load" : "the service held the load already",
                l.warmupRequests(), l.firstMillis(), l.measured().getTotalCount(),
                l.millis(50), l.millis(95), l.millis(99), l.measured().getMaxValue() / 1000.0, l.errors(),
                c.millis(50), c.millis(95), c.millis(99), c.measured().getMaxValue() / 1000.0, c.errors(),
                c.measured().getTotalCount(),
                r.version(), r.events(), r.contacts(), r.cases(), r.caseEnds(), r.seconds(),
                r.serverSeconds() == null ? "" : String.format(" (reporting's own ready_at - created_at: %.1f s)",
                        r.serverSeconds()),
                r.eventsPerSecond(),
                result.rawInsertsPerSecond(), options.concurrency(),
                r.eventsPerSecond() / result.rawInsertsPerSecond(),
                TARGET_P99_MS, result.latencyMet() ? "MET" : "MISSED",
                TARGET_EVENTS_PER_SECOND, result.recomputeMet() ? "MET" : "MISSED");
        if (l.firstFailure() != null) {
            out.println("first failed indicator request: " + l.firstFailure());
        }
        if (c.firstFailure() != null) {
            out.println("first failed cold indicator request: " + c.firstFailure());
        }
        out.flush();
    }

    private static long count(Connection connection, String sql, String... parameters) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setString(i + 1, parameters[i]);
            }
            try (ResultSet row = statement.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }

    private static double seconds(Instant since) {
        return Duration.between(since, Instant.now()).toMillis() / 1000.0;
    }
}
