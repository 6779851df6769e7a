package org.sportello.benchmark;

import java.net.http.HttpClient;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.LongAdder;

import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;
import org.sportello.client.SportelloApi;
import org.sportello.client.SportelloRequests;
import org.sportello.local.DevToken;

import tools.jackson.databind.JsonNode;

/**
 * Records contacts concurrently over HTTP against running services and reports throughput, the
 * command latency operators feel, and how long a contact takes to show in researchers' report;
 * then measures raw single-row commits into the same PostgreSQL, so the result reads as a ratio.
 *
 * <p>Each run records at two offices of its own ({@code bench-warm-up} and {@code bench-<time>}),
 * so its counts are its own. Intake accepts contacts only at offices scheduling has published, so
 * before it starts the benchmark publishes them itself as {@code OfficeCreated} on
 * {@code sportello.scheduling.events} ({@link BenchmarkOffices}, {@code --kafka}), with
 * {@code ce_source} {@value BenchmarkOffices#SOURCE}, and waits until intake knows them. They are
 * not in scheduling's own database: scheduling does not consume its topic.
 */
public final class ContactBenchmark {

    private static final ZoneId ROME = ZoneId.of("Europe/Rome");
    private static final Duration REPORT_POLL = Duration.ofMillis(50);
    private static final Duration CATCH_UP_LIMIT = Duration.ofSeconds(60);
    private static final String WARM_UP_OFFICE = "bench-warm-up";

    private final BenchmarkOptions options;
    private final SportelloApi intake;
    private final SportelloApi reporting;
    private final String officeId = "bench-" + Long.toString(System.currentTimeMillis(), 36);

    private ContactBenchmark(BenchmarkOptions options) {
        this.options = options;
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        this.intake = new SportelloApi(http, options.intakeUrl(),
                DevToken.mint(options.jwtSecret(), "benchmark-operator", List.of("OPERATOR"), Duration.ofHours(2)));
        this.reporting = new SportelloApi(http, options.reportingUrl(),
                DevToken.mint(options.jwtSecret(), "benchmark-researcher", List.of("RESEARCHER"), Duration.ofHours(2)));
    }

    public static void main(String[] args) throws Exception {
        BenchmarkOptions options;
        try {
            options = BenchmarkOptions.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.print(BenchmarkOptions.USAGE);
            System.exit(2);
            return;
        }
        new ContactBenchmark(options).run();
    }

    private void run() throws Exception {
        System.out.printf("Sportello benchmark: %d clients, %d citizens, %d s warm-up, %d s measured, office %s%n",
                options.concurrency(), options.citizens(), options.warmup().toSeconds(), options.duration().toSeconds(),
                officeId);
        BenchmarkOffices.publish(options.kafka(), List.of(WARM_UP_OFFICE, officeId));
        BenchmarkOffices.awaitKnown(intake, List.of(WARM_UP_OFFICE, officeId), CATCH_UP_LIMIT);
        List<UUID> citizens = registerCitizens();
        System.out.printf("registered %d citizens%n", citizens.size());

        load(citizens, WARM_UP_OFFICE, options.warmup(), new ConcurrentHistogram(3), new ConcurrentLinkedQueue<>());
        System.out.println("warm-up done");

        Histogram latency = new ConcurrentHistogram(3);
        ConcurrentLinkedQueue<Long> acknowledged = new ConcurrentLinkedQueue<>();
        ReportWatcher watcher = new ReportWatcher(reporting, officeId, YearMonth.now(ROME), REPORT_POLL);
        watcher.start();
        long started = System.nanoTime();
        LoadResult result = load(citizens, officeId, options.duration(), latency, acknowledged);
        double seconds = (System.nanoTime() - started) / 1e9;
        watcher.awaitCount(result.recorded(), CATCH_UP_LIMIT);
        watcher.stop();
        Histogram delay = watcher.delays(acknowledged);

        System.out.println("measuring raw PostgreSQL inserts ...");
        double rawInserts = RawInsertBaseline.insertsPerSecond(options);
        double throughput = result.recorded() / seconds;
        print(result, seconds, throughput, latency, delay, watcher.lastCount(), rawInserts);
    }

    private List<UUID> registerCitizens() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(options.concurrency());
        List<Future<UUID>> registered = new ArrayList<>();
        for (int i = 0; i < options.citizens(); i++) {
            long seed = System.nanoTime() + i;
            registered.add(pool.submit(() -> registerOne(new SplittableRandom(seed))));
        }
        List<UUID> citizens = new ArrayList<>();
        for (Future<UUID> citizen : registered) {
            citizens.add(citizen.get());
        }
        pool.shutdown();
        return citizens;
    }

    private UUID registerOne(SplittableRandom random) {
        SportelloApi.Answer answer = intake.post("/api/citizens", SportelloRequests.citizen(random));
        if (answer.status() == 201 || answer.status() == 409) {
            return SportelloRequests.citizenId(answer);
        }
        throw new IllegalStateException("registration failed: " + answer.status() + " " + answer.raw());
    }

    record LoadResult(long recorded, long failed) {
    }

    private LoadResult load(List<UUID> citizens, String office, Duration duration, Histogram latency,
                            ConcurrentLinkedQueue<Long> acknowledged) throws Exception {
        LongAdder recorded = new LongAdder();
        LongAdder failed = new LongAdder();
        AtomicBoolean reportedFailure = new AtomicBoolean();
        long deadline = System.nanoTime() + duration.toNanos();
        ExecutorService pool = Executors.newFixedThreadPool(options.concurrency());
        List<Future<?>> clients = new ArrayList<>();
        for (int i = 0; i < options.concurrency(); i++) {
            clients.add(pool.submit(() -> {
                ThreadLocalRandom random = ThreadLocalRandom.current();
                while (System.nanoTime() < deadline) {
                    // About one contact in seven is anonymous, as at a busy front desk.
                    UUID citizen = random.nextInt(7) == 0 ? null : citizens.get(random.nextInt(citizens.size()));
                    long sent = System.nanoTime();
                    SportelloApi.Answer answer = intake.post("/api/contacts", contact(citizen, office));
                    long took = System.nanoTime() - sent;
                    if (answer.status() == 201) {
                        latency.recordValue(took / 1_000);
                        acknowledged.add(System.currentTimeMillis());
                        recorded.increment();
                    } else {
                        failed.increment();
                        if (reportedFailure.compareAndSet(false, true)) {
                            System.err.println("first failure: " + answer.status() + " " + answer.raw());
                        }
                    }
                }
                return null;
            }));
        }
        for (Future<?> client : clients) {
            client.get();
        }
        pool.shutdown();
        return new LoadResult(recorded.sum(), failed.sum());
    }

    private static Map<String, Object> contact(UUID citizen, String office) {
        Map<String, Object> body = SportelloRequests.walkInContact(citizen, office, Instant.now());
        body.put("notes", "benchmark contact: notes stay inside intake");
        return body;
    }

    private void print(LoadResult result, double seconds, double throughput, Histogram latency, Histogram delay,
                       long reported, double rawInserts) {
        System.out.printf("""

                Sportello benchmark (%d cores, %d clients)
                  contacts recorded          %d in %.1f s (%d failed)
                  throughput                 %.0f contacts/s
                  command latency            p50 %.1f ms   p99 %.1f ms   max %.1f ms
                  delay until in the report  p50 %.0f ms   p99 %.0f ms   max %.0f ms   (%d of %d counted)
                  raw PostgreSQL inserts     %.0f single-row commits/s (same server, %d connections)
                  throughput / raw inserts   %.2f
                targets: >= 300 contacts/s %s, p99 latency < 100 ms %s, p99 delay < 2 s %s
                """,
                Runtime.getRuntime().availableProcessors(), options.concurrency(), result.recorded(), seconds,
                result.failed(), throughput,
                latency.getValueAtPercentile(50) / 1000.0, latency.getValueAtPercentile(99) / 1000.0,
                latency.getMaxValue() / 1000.0,
                (double) delay.getValueAtPercentile(50), (double) delay.getValueAtPercentile(99),
                (double) delay.getMaxValue(), reported, result.recorded(),
                rawInserts, options.concurrency(), throughput / rawInserts,
                verdict(throughput >= 300), verdict(latency.getValueAtPercentile(99) < 100_000),
                verdict(delay.getValueAtPercentile(99) < 2_000 && reported == result.recorded()));
    }

    private static String verdict(boolean met) {
        return met ? "MET" : "MISSED";
    }

    /** Reads the office's contact count from the report, to see when each contact became visible. */
    static final class ReportWatcher {

        private record Sample(long atMillis, long count) {
        }

        private final SportelloApi reporting;
        private final String path;
        private final Duration interval;
        private final List<Sample> samples = new ArrayList<>();
        private final AtomicBoolean running = new AtomicBoolean();
        private Thread thread;

        ReportWatcher(SportelloApi reporting, String officeId, YearMonth month, Duration interval) {
            this.reporting = reporting;
            this.path = "/api/reports/monthly-users?from=" + month + "&to=" + month + "&officeId=" + officeId;
            this.interval = interval;
        }

        void start() {
            running.set(true);
            thread = new Thread(this::poll, "report-watcher");
            thread.setDaemon(true);
            thread.start();
        }

        private void poll() {
            while (running.get()) {
                long count = contacts(reporting.get(path).json());
                synchronized (samples) {
                    samples.add(new Sample(System.currentTimeMillis(), count));
                }
                java.util.concurrent.locks.LockSupport.parkNanos(interval.toNanos());
            }
        }

        private static long contacts(JsonNode report) {
            for (JsonNode row : report.path("rows")) {
                if (!row.path("officeId").asString().equals("all") && !row.path("contacts").isNull()) {
                    return row.path("contacts").asLong();
                }
            }
            return 0; // no row yet, or fewer contacts than the suppression threshold
        }

        long lastCount() {
            synchronized (samples) {
                return samples.isEmpty() ? 0 : samples.get(samples.size() - 1).count();
            }
        }

        void awaitCount(long expected, Duration limit) {
            long deadline = System.nanoTime() + limit.toNanos();
            while (lastCount() < expected && System.nanoTime() < deadline) {
                java.util.concurrent.locks.LockSupport.parkNanos(interval.toNanos());
            }
        }

        void stop() throws InterruptedException {
            running.set(false);
            thread.join();
        }

        /** The k-th acknowledged contact became visible at the first sample counting at least k. */
        Histogram delays(ConcurrentLinkedQueue<Long> acknowledged) {
            List<Long> times = new ArrayList<>(acknowledged);
            times.sort(null);
            Histogram delays = new Histogram(3);
            int sample = 0;
            synchronized (samples) {
                for (int k = 1; k <= times.size(); k++) {
                    while (sample < samples.size() && samples.get(sample).count() < k) {
                        sample++;
                    }
                    if (sample == samples.size()) {
                        break; // never became visible within the limit: shows as counted < recorded
                    }
                    delays.recordValue(Math.max(0, samples.get(sample).atMillis() - times.get(k - 1)));
                }
            }
            return delays;
        }
    }
}
