package org.sportello.benchmark;

import java.io.PrintStream;
import java.net.http.HttpClient;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Supplier;

import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;
import org.sportello.client.SportelloApi;
import org.sportello.client.SportelloRequests;
import org.sportello.local.DevToken;

/**
 * Sends and answers referrals concurrently over HTTP against running intake, scheduling and referral
 * services (the launcher's stack), and reports referrals per second and the latency of each call beside
 * the raw insert rate of the same PostgreSQL. It first creates what a referral needs, as staff would:
 * a district and a secretariat at scheduling, two providers at referral (one with an account, answering
 * with its own PROVIDER token; one whose answers the office records by phone), and open cases at intake
 * (a citizen and a walk-in contact each), then waits until referral has learned them from Kafka. Each
 * client then loops: an operator sends a referral with consent for the next case, the provider accepts
 * it (or the office records the acceptance), and a share are completed.
 */
public final class ReferralBenchmark {

    private static final Duration TOKEN_TTL = Duration.ofHours(2);
    private static final Duration LEARNED_WITHIN = Duration.ofSeconds(90);

    /** What a run did; latencies in microseconds. */
    record Load(long sent, long answered, long completed, long errors, double seconds, Histogram sendLatency,
                Histogram answerLatency, Histogram completeLatency) {

        double referralsPerSecond() {
            return sent / seconds;
        }

        double callsPerSecond() {
            return (sent + answered + completed) / seconds;
        }
    }

    /** @param firstFailure the first answer that was not the expected one; or null */
    record Result(Load warmUp, Load measured, int cases, double rawInsertsPerSecond, String firstFailure) {

        boolean met() {
            return measured.errors() == 0 && warmUp.errors() == 0 && measured.sent() > 0;
        }
    }

    /** An open case intake published, and the citizen it is of. */
    private record OpenCase(UUID caseId, UUID citizenId) {
    }

    private final ReferralOptions options;
    private final PrintStream out;
    private final String run = "bench-" + Long.toString(System.currentTimeMillis(), 36);
    private final String office = run + "-office";
    private final String withAccount = run + "-serd";
    private final String byPhone = run + "-caritas";
    private final SportelloApi schedulingAdmin;
    private final SportelloApi referralAdmin;
    private final SportelloApi intake;
    private final SportelloApi operator;
    private final SportelloApi provider;
    private final List<OpenCase> cases = new ArrayList<>();
    private final AtomicInteger nextCase = new AtomicInteger();
    private final AtomicReference<String> firstFailure = new AtomicReference<>();

    private ReferralBenchmark(ReferralOptions options, PrintStream out) {
        this.options = options;
        this.out = out;
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        String secret = options.jwtSecret();
        String admin = DevToken.mint(secret, "benchmark-admin", List.of("ADMIN"), TOKEN_TTL);
        String staff = DevToken.mint(secret, "benchmark-operator", List.of("OPERATOR"), List.of(office), TOKEN_TTL,
                Instant.now());
        this.schedulingAdmin = new SportelloApi(http, options.schedulingUrl(), admin);
        this.referralAdmin = new SportelloApi(http, options.referralUrl(), admin);
        this.intake = new SportelloApi(http, options.intakeUrl(), staff);
        this.operator = new SportelloApi(http, options.referralUrl(), staff);
        this.provider = new SportelloApi(http, options.referralUrl(), DevToken.mint(secret, withAccount + "-staff",
                List.of("PROVIDER"), List.of(), withAccount, TOKEN_TTL, Instant.now()));
    }

    public static void main(String[] args) throws Exception {
        ReferralOptions options;
        try {
            options = ReferralOptions.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.print(ReferralOptions.USAGE);
            System.exit(2);
            return;
        }
        Result result = run(options, System.out);
        System.exit(result.met() ? 0 : 1);
    }

    /** Sets up, loads, measures the raw inserts and prints; the tests call this. */
    static Result run(ReferralOptions options, PrintStream out) throws Exception {
        return new ReferralBenchmark(options, out).measure();
    }

    private Result measure() throws Exception {
        out.printf("Sportello referral benchmark: %d clients, %d cases, %d%% completed, %d s warm-up, %d s measured, "
                        + "against %s (cases at %s, offices at %s)%n", options.concurrency(), options.cases(),
                options.completePercent(), options.warmup().toSeconds(), options.duration().toSeconds(),
                options.referralUrl(), options.intakeUrl(), options.schedulingUrl());
        setUp();
        out.printf("created office %s, providers %s (API) and %s (phone), %d open cases; referral knows them%n",
                office, withAccount, byPhone, cases.size());
        Load warmUp = load(options.warmup());
        out.printf("warm-up done: %d referrals, %d errors in %.1f s%n", warmUp.sent(), warmUp.errors(), warmUp.seconds());
        Load measured = load(options.duration());
        out.printf("measured run done: %d referrals in %.1f s%n", measured.sent(), measured.seconds());
        out.println("measuring raw PostgreSQL inserts ...");
        double rawInserts = RawInsertBaseline.insertsPerSecond(options.jdbcUrl(), options.jdbcUser(),
                options.jdbcPassword(), options.concurrency(), options.insertDuration());
        Result result = new Result(warmUp, measured, cases.size(), rawInserts, firstFailure.get());
        print(result);
        return result;
    }

    // ---- Setting up ---------------------------------------------------------------------------------

    private void setUp() throws Exception {
        expect(schedulingAdmin.post("/api/districts", Map.of("districtId", run, "name", "Benchmark district " + run)),
                201, "district");
        expect(schedulingAdmin.post("/api/municipalities", Map.of("municipalityId", run, "name", "Benchmark town " + run,
                "districtId", run)), 201, "municipality");
        expect(schedulingAdmin.post("/api/offices", Map.of("officeId", office, "municipalityId", run,
                "name", "Benchmark office " + office, "address", "Via del Benchmark 1", "kind", "SECRETARIAT")),
                201, "office");
        // Referral learns the district from sportello.scheduling.events: until then 422 naming districtId.
        expect(untilLearned(() -> referralAdmin.post("/api/providers", provider(withAccount, "ADDICTIONS", "API"))), 201,
                "provider " + withAccount);
        expect(untilLearned(() -> referralAdmin.post("/api/providers", provider(byPhone, "FOOD_AND_BASIC_NEEDS",
                "PHONE"))), 201, "provider " + byPhone);
        createCases();
        // Referral learns the cases from sportello.intake.events: the last one known, the others are too
        // (or nearly: a case still unknown in the load would be an error, and is counted).
        OpenCase last = cases.get(cases.size() - 1);
        SportelloApi.Answer probe = untilLearned(() -> operator.post("/api/referrals", referral(last, byPhone)));
        expect(probe, 201, "first referral");
        Thread.sleep(2_000);
    }

    /** Citizens and a walk-in contact each, {@code concurrency} at a time: the contact opens the case. */
    private void createCases() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(options.concurrency());
        List<Future<OpenCase>> created = new ArrayList<>();
        // Intake learns the office from sportello.scheduling.events too; the first contact waits for it.
        OpenCase first = openCase(new SplittableRandom(1));
        for (int i = 1; i < options.cases(); i++) {
            SplittableRandom random = new SplittableRandom(i + 1);
            created.add(pool.submit(() -> openCase(random)));
        }
        cases.add(first);
        for (Future<OpenCase> future : created) {
            cases.add(future.get());
        }
        pool.shutdown();
    }

    private OpenCase openCase(SplittableRandom random) {
        SportelloApi.Answer citizen = intake.post("/api/citizens", SportelloRequests.citizen(random));
        if (citizen.status() != 201 && citizen.status() != 409) {
            throw new IllegalStateException("set-up failed: citizen " + citizen.status() + " " + citizen.raw());
        }
        UUID citizenId = SportelloRequests.citizenId(citizen);
        SportelloApi.Answer contact = untilLearned(() -> intake.post("/api/contacts",
                SportelloRequests.walkInContact(citizenId, office, Instant.now().minusSeconds(60))));
        expect(contact, 201, "contact");
        return new OpenCase(UUID.fromString(contact.json().get("caseId").asString()), citizenId);
    }

    private Map<String, Object> provider(String providerId, String serviceType, String channel) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("providerId", providerId);
        body.put("name", "Benchmark provider " + providerId);
        body.put("kind", channel.equals("API") ? "PUBLIC_SERVICE" : "THIRD_SECTOR");
        body.put("serviceType", serviceType);
        body.put("districtId", run);
        body.put("municipalityIds", List.of());
        body.put("contactChannel", channel);
        return body;
    }

    /** A referral with the citizen's signed consent to share the needs and a contact. */
    private Map<String, Object> referral(OpenCase openCase, String providerId) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("caseId", openCase.caseId());
        body.put("citizenId", openCase.citizenId());
        body.put("providerId", providerId);
        body.put("fromOfficeId", office);
        body.put("reason", Map.of("userArea", "POVERTY_AND_ADULT_HARDSHIP", "categories", List.of("INCOME")));
        body.put("consent", Map.of("givenBy", "CITIZEN", "givenAt", Instant.now().minusSeconds(30).toString(),
                "form", "SIGNED", "shareScope", List.of("NEEDS", "CONTACT_DETAILS")));
        body.put("sharedContact", "tel. 02 555 0100");
        return body;
    }

    private static SportelloApi.Answer untilLearned(Supplier<SportelloApi.Answer> call) {
        Instant deadline = Instant.now().plus(LEARNED_WITHIN);
        SportelloApi.Answer answer = call.get();
        while (answer.status() == 422 && Instant.now().isBefore(deadline)) {
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            answer = call.get();
        }
        return answer;
    }

    private static void expect(SportelloApi.Answer answer, int status, String what) {
        if (answer.status() != status) {
            throw new IllegalStateException("set-up failed: " + what + " " + answer.status() + " " + answer.raw());
        }
    }

    // ---- The load -------------------------------------------------------------------------------------

    private Load load(Duration duration) throws Exception {
        LongAdder sent = new LongAdder();
        LongAdder answered = new LongAdder();
        LongAdder completed = new LongAdder();
        LongAdder errors = new LongAdder();
        Histogram sendLatency = new ConcurrentHistogram(3);
        Histogram answerLatency = new ConcurrentHistogram(3);
        Histogram completeLatency = new ConcurrentHistogram(3);
        ExecutorService pool = Executors.newFixedThreadPool(options.concurrency());
        List<Future<?>> clients = new ArrayList<>();
        long started = System.nanoTime();
        long deadline = started + duration.toNanos();
        for (int i = 0; i < options.concurrency(); i++) {
            clients.add(pool.submit(() -> {
                ThreadLocalRandom random = ThreadLocalRandom.current();
                while (System.nanoTime() < deadline) {
                    try {
                        OpenCase openCase = cases.get(Math.floorMod(nextCase.getAndIncrement(), cases.size()));
                        // Half to the provider with an account, half to the one the office phones.
                        boolean ownAccount = random.nextBoolean();
                        long t0 = System.nanoTime();
                        SportelloApi.Answer referral = operator.post("/api/referrals",
                                referral(openCase, ownAccount ? withAccount : byPhone));
                        long t1 = System.nanoTime();
                        if (referral.status() != 201) {
                            failed(errors, "send: " + referral.status() + " " + referral.raw());
                            continue;
                        }
                        sendLatency.recordValue((t1 - t0) / 1_000);
                        sent.increment();
                        String path = "/api/referrals/" + referral.json().get("referralId").asString();
                        SportelloApi answering = ownAccount ? provider : operator;
                        SportelloApi.Answer accept = answering.post(path + "/accept",
                                Map.of("source", ownAccount ? "API" : "PHONE"));
                        long t2 = System.nanoTime();
                        if (accept.status() != 200) {
                            failed(errors, "accept: " + accept.status() + " " + accept.raw());
                            continue;
                        }
                        answerLatency.recordValue((t2 - t1) / 1_000);
                        answered.increment();
                        if (random.nextInt(100) < options.completePercent()) {
                            SportelloApi.Answer complete = answering.post(path + "/complete",
                                    Map.of("outcome", "SERVICE_STARTED"));
                            long t3 = System.nanoTime();
                            if (complete.status() != 200) {
                                failed(errors, "complete: " + complete.status() + " " + complete.raw());
                                continue;
                            }
                            completeLatency.recordValue((t3 - t2) / 1_000);
                            completed.increment();
                        }
                    } catch (SportelloApi.ApiUnreachable unreachable) {
                        failed(errors, "unreachable: " + unreachable.getMessage());
                    }
                }
                return null;
            }));
        }
        for (Future<?> client : clients) {
            client.get();
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        pool.shutdown();
        return new Load(sent.sum(), answered.sum(), completed.sum(), errors.sum(), seconds, sendLatency, answerLatency,
                completeLatency);
    }

    private void failed(LongAdder errors, String failure) {
        errors.increment();
        if (firstFailure.compareAndSet(null, failure)) {
            System.err.println("first failure (" + failure + ")");
        }
    }

    // ---- Report -------------------------------------------------------------------------------------

    private void print(Result result) {
        Load m = result.measured();
        out.printf("""

                Sportello referral benchmark (%d cores, %d clients, %d cases, %d%% completed)
                  warm-up                    %d referrals in %.1f s (%d errors), not counted below
                  referrals sent             %d in %.1f s, %d accepted, %d completed (%d errors)
                  throughput                 %.1f referrals/s (%.1f calls/s: send, accept, complete)
                  send (201)                 p50 %.1f ms   p99 %.1f ms   max %.1f ms
                  accept (200)               p50 %.1f ms   p99 %.1f ms   max %.1f ms
                  complete (200)             p50 %.1f ms   p99 %.1f ms   max %.1f ms
                  raw PostgreSQL inserts     %.0f single-row commits/s (same server, %d connections)
                  referrals / raw inserts    %.3f   (calls / raw inserts %.3f)
                targets: no errors %s
                """,
                Runtime.getRuntime().availableProcessors(), options.concurrency(), result.cases(),
                options.completePercent(),
                result.warmUp().sent(), result.warmUp().seconds(), result.warmUp().errors(),
                m.sent(), m.seconds(), m.answered(), m.completed(), m.errors(),
                m.referralsPerSecond(), m.callsPerSecond(),
                ms(m.sendLatency(), 50), ms(m.sendLatency(), 99), m.sendLatency().getMaxValue() / 1000.0,
                ms(m.answerLatency(), 50), ms(m.answerLatency(), 99), m.answerLatency().getMaxValue() / 1000.0,
                ms(m.completeLatency(), 50), ms(m.completeLatency(), 99), m.completeLatency().getMaxValue() / 1000.0,
                result.rawInsertsPerSecond(), options.concurrency(),
                m.referralsPerSecond() / result.rawInsertsPerSecond(), m.callsPerSecond() / result.rawInsertsPerSecond(),
                result.met() ? "MET" : "MISSED");
    }

    private static double ms(Histogram latency, double percentile) {
        return latency.getValueAtPercentile(percentile) / 1000.0;
    }
}
