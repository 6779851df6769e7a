package org.sportello.benchmark;

import java.io.PrintStream;
import java.net.http.HttpClient;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.LongAdder;

import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;
import org.sportello.client.SportelloApi;
import org.sportello.local.DevToken;

import tools.jackson.databind.JsonNode;

/**
 * Books appointments concurrently over HTTP against a running scheduling-service, at a few busy
 * offices created for the run, and reports bookings per second and the latency of the request and
 * booking calls. Clients of one office ask at the same moments and take the first proposal, so
 * they collide on the same operators and slots on purpose: a 409 is a race lost, counted and
 * followed by the next proposal, never an error. Then it reads every appointment of those offices
 * back and counts operator double bookings (two live appointments of one operator overlapping),
 * which must be none; and measures raw single-row commits into the same PostgreSQL, so the
 * result reads as a ratio.
 */
public final class BookingBenchmark {

    private static final ZoneId ROME = ZoneId.of("Europe/Rome");
    private static final int INTERVIEW_MINUTES = 30;
    private static final String OPENS = "08:00";
    private static final String CLOSES = "20:00";
    private static final List<DayOfWeek> WEEKDAYS = List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY,
            DayOfWeek.THURSDAY, DayOfWeek.FRIDAY);
    private static final List<String> CHANNELS = List.of("ONLINE", "PHONE_LINE", "DESK");
    private static final String SOCIAL_WORKER = "SOCIAL_WORKER";
    private static final String EDUCATOR = "EDUCATOR";
    private static final Duration TOKEN_TTL = Duration.ofHours(2);

    /** An appointment the service answered 201 for, as the benchmark asked for it. */
    record Booked(String appointmentId, String officeId, Instant start, Instant end, List<String> operatorIds) {
    }

    /** One operator's time in one live appointment, as read back. */
    record Held(String operatorId, String appointmentId, Instant start, Instant end) {
    }

    /** What the measured run did; the latencies in microseconds. */
    record Load(long booked, long lost, long waiting, long exhausted, long requests, long errors, double seconds,
                Histogram requestLatency, Histogram bookedLatency, Histogram lostLatency) {

        double bookingsPerSecond() {
            return booked / seconds;
        }
    }

    /** What reading every appointment of the run's offices back found. */
    record Verification(long officeDays, long readBack, long missing, long unexpected, long doubleBookings) {
    }

    /** @param firstFailure the first answer that was neither a booking, a lost race nor the waiting list; or null */
    record Result(Load warmUp, Load measured, Verification verification, double rawInsertsPerSecond,
                  String firstFailure) {

        boolean met() {
            return verification.doubleBookings() == 0;
        }
    }

    private final BookingOptions options;
    private final PrintStream out;
    private final SportelloApi admin;
    private final SportelloApi operator;
    private final String run = "bench-" + Long.toString(System.currentTimeMillis(), 36);
    private final List<String> offices = new ArrayList<>();
    private final Map<String, List<String>> operatorsByOffice = new LinkedHashMap<>();
    private final ConcurrentLinkedQueue<Booked> booked = new ConcurrentLinkedQueue<>();
    private final AtomicReference<String> firstFailure = new AtomicReference<>();

    private BookingBenchmark(BookingOptions options, PrintStream out) {
        this.options = options;
        this.out = out;
        for (int i = 1; i <= options.offices(); i++) {
            offices.add(run + "-office-" + i);
        }
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        this.admin = new SportelloApi(http, options.schedulingUrl(),
                DevToken.mint(options.jwtSecret(), "benchmark-admin", List.of("ADMIN"), TOKEN_TTL));
        // Staff book as operators of the run's offices, through the same office scope a front desk goes through.
        this.operator = new SportelloApi(http, options.schedulingUrl(), DevToken.mint(options.jwtSecret(),
                "benchmark-operator", List.of("OPERATOR"), offices, TOKEN_TTL, Instant.now()));
    }

    public static void main(String[] args) throws Exception {
        BookingOptions options;
        try {
            options = BookingOptions.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.print(BookingOptions.USAGE);
            System.exit(2);
            return;
        }
        Result result = run(options, System.out);
        System.exit(result.met() ? 0 : 1);
    }

    /** Sets the offices up, loads, verifies, measures the raw inserts and prints; the tests call this. */
    static Result run(BookingOptions options, PrintStream out) throws Exception {
        return new BookingBenchmark(options, out).measure();
    }

    private Result measure() throws Exception {
        out.printf("Sportello booking benchmark: %d clients, %d offices x %d operators, %d%% joint interviews, "
                        + "%d s warm-up, %d s measured, against %s%n", options.concurrency(), options.offices(),
                options.operatorsPerOffice(), options.jointPercent(), options.warmup().toSeconds(),
                options.duration().toSeconds(), options.schedulingUrl());
        LocalDate from = LocalDate.now(ROME).plusDays(1);
        setUp(from);
        out.printf("created district, municipality and offices %s (hours %s-%s %s from %s), %d operators%n",
                offices, OPENS, CLOSES, "Monday to Friday BY_APPOINTMENT", from,
                operatorsByOffice.values().stream().mapToInt(List::size).sum());

        Load warmUp = load(options.warmup());
        out.printf("warm-up done: %d bookings, %d races lost, %d errors in %.1f s%n", warmUp.booked(), warmUp.lost(),
                warmUp.errors(), warmUp.seconds());
        Load measured = load(options.duration());
        out.printf("measured run done: %d bookings in %.1f s%n", measured.booked(), measured.seconds());

        Verification verification = verify();
        out.println("measuring raw PostgreSQL inserts ...");
        double rawInserts = RawInsertBaseline.insertsPerSecond(options.jdbcUrl(), options.jdbcUser(),
                options.jdbcPassword(), options.concurrency(), options.insertDuration());
        Result result = new Result(warmUp, measured, verification, rawInserts, firstFailure.get());
        print(result);
        return result;
    }

    // ---- Setting up the offices and their staff ---------------------------------------------------

    private void setUp(LocalDate validFrom) {
        created(admin.post("/api/districts", Map.of("districtId", run, "name", "Benchmark district " + run)));
        created(admin.post("/api/municipalities", Map.of("municipalityId", run, "name", "Benchmark town " + run,
                "districtId", run)));
        List<Map<String, Object>> hours = new ArrayList<>();
        for (DayOfWeek day : WEEKDAYS) {
            hours.add(Map.of("dayOfWeek", day.name(), "from", OPENS, "to", CLOSES, "mode", "BY_APPOINTMENT"));
        }
        for (String office : offices) {
            created(admin.post("/api/offices", Map.of("officeId", office, "municipalityId", run,
                    "name", "Benchmark office " + office, "address", "Via del Benchmark 1", "kind", "SECRETARIAT")));
            ok(admin.put("/api/offices/" + office + "/opening-hours",
                    Map.of("validFrom", validFrom.toString(), "slots", hours)));
            List<String> staff = new ArrayList<>();
            for (int i = 1; i <= options.operatorsPerOffice(); i++) {
                String operatorId = office + "-op-" + i;
                created(admin.post("/api/operators", Map.of("operatorId", operatorId, "roles", List.of(roleOf(i)),
                        "employer", "Comune di " + run, "offices", List.of(office))));
                List<Map<String, Object>> weekly = new ArrayList<>();
                for (DayOfWeek day : WEEKDAYS) {
                    weekly.add(Map.of("dayOfWeek", day.name(), "from", OPENS, "to", CLOSES, "officeId", office));
                }
                ok(admin.put("/api/operators/" + operatorId + "/availability",
                        Map.of("weekly", weekly, "absences", List.of())));
                staff.add(operatorId);
            }
            operatorsByOffice.put(office, staff);
        }
    }

    /** Social workers and educators alternately, so that every office can hold joint interviews. */
    private static String roleOf(int index) {
        return index % 2 == 1 ? SOCIAL_WORKER : EDUCATOR;
    }

    private static void created(SportelloApi.Answer answer) {
        if (answer.status() != 201) {
            throw new IllegalStateException("set-up failed: " + answer.status() + " " + answer.raw());
        }
    }

    private static void ok(SportelloApi.Answer answer) {
        if (answer.status() != 200) {
            throw new IllegalStateException("set-up failed: " + answer.status() + " " + answer.raw());
        }
    }

    // ---- The load -------------------------------------------------------------------------------

    private Load load(Duration duration) throws Exception {
        LongAdder bookings = new LongAdder();
        LongAdder lost = new LongAdder();
        LongAdder waiting = new LongAdder();
        LongAdder exhausted = new LongAdder();
        LongAdder requests = new LongAdder();
        LongAdder errors = new LongAdder();
        Histogram requestLatency = new ConcurrentHistogram(3);
        Histogram bookedLatency = new ConcurrentHistogram(3);
        Histogram lostLatency = new ConcurrentHistogram(3);
        ExecutorService pool = Executors.newFixedThreadPool(options.concurrency());
        List<Future<?>> clients = new ArrayList<>();
        long started = System.nanoTime();
        long deadline = started + duration.toNanos();
        for (int i = 0; i < options.concurrency(); i++) {
            // Clients spread evenly over the offices: each office has several asking at once.
            String office = offices.get(i % offices.size());
            clients.add(pool.submit(() -> {
                ThreadLocalRandom random = ThreadLocalRandom.current();
                while (System.nanoTime() < deadline) {
                    try {
                        long sent = System.nanoTime();
                        SportelloApi.Answer request = operator.post("/api/appointment-requests",
                                appointmentRequest(office, random));
                        long took = System.nanoTime() - sent;
                        requests.increment();
                        if (request.status() == 202) {
                            waiting.increment(); // the calendar is full within the horizon
                            continue;
                        }
                        if (request.status() != 201) {
                            failed(errors, "request: " + request.status() + " " + request.raw());
                            continue;
                        }
                        requestLatency.recordValue(took / 1_000);
                        if (!book(office, request.json(), bookings, lost, errors, bookedLatency, lostLatency)) {
                            exhausted.increment();
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
        return new Load(bookings.sum(), lost.sum(), waiting.sum(), exhausted.sum(), requests.sum(), errors.sum(),
                seconds, requestLatency, bookedLatency, lostLatency);
    }

    private Map<String, Object> appointmentRequest(String office, ThreadLocalRandom random) {
        List<String> roles = random.nextInt(100) < options.jointPercent() ? List.of(SOCIAL_WORKER, EDUCATOR)
                : List.of(random.nextBoolean() ? SOCIAL_WORKER : EDUCATOR);
        return Map.of("officeId", office, "citizenId", UUID.randomUUID().toString(),
                "requestedVia", CHANNELS.get(random.nextInt(CHANNELS.size())), "requiredRoles", roles,
                "durationMinutes", INTERVIEW_MINUTES);
    }

    /**
     * The proposals in order, first first, as every client of the office holds the same list: a
     * 409 is a race lost to another client, and the next proposal is tried. False when all were lost.
     */
    private boolean book(String office, JsonNode proposed, LongAdder bookings, LongAdder lost, LongAdder errors,
                         Histogram bookedLatency, Histogram lostLatency) {
        String requestId = proposed.path("requestId").asString();
        for (JsonNode proposal : proposed.path("proposals")) {
            long sent = System.nanoTime();
            SportelloApi.Answer answer = operator.post("/api/appointments", Map.of("requestId", requestId,
                    "start", proposal.path("start").asString(), "operators", proposal.path("operators")));
            long took = System.nanoTime() - sent;
            if (answer.status() == 201) {
                bookedLatency.recordValue(took / 1_000);
                bookings.increment();
                List<String> operators = new ArrayList<>();
                proposal.path("operators").forEach(o -> operators.add(o.path("operatorId").asString()));
                booked.add(new Booked(answer.json().path("appointmentId").asString(), office,
                        Instant.parse(proposal.path("start").asString()), Instant.parse(proposal.path("end").asString()),
                        operators));
                return true;
            }
            if (answer.status() == 409) {
                lostLatency.recordValue(took / 1_000);
                lost.increment();
                continue;
            }
            failed(errors, "booking: " + answer.status() + " " + answer.raw());
            return true;
        }
        return false;
    }

    private void failed(LongAdder errors, String failure) {
        errors.increment();
        if (firstFailure.compareAndSet(null, failure)) {
            System.err.println("first failure (" + failure + ")");
        }
    }

    // ---- Verification -----------------------------------------------------------------------------

    /**
     * Every day of each office from its first booked day to its last, read back as staff read it;
     * the run's offices are new, so whatever they hold is the run's.
     */
    private Verification verify() {
        Map<String, List<Booked>> byOffice = new HashMap<>();
        booked.forEach(b -> byOffice.computeIfAbsent(b.officeId(), o -> new ArrayList<>()).add(b));
        Set<String> seen = new HashSet<>();
        List<Held> held = new ArrayList<>();
        long officeDays = 0;
        long unexpected = 0;
        Set<String> ours = new HashSet<>();
        booked.forEach(b -> ours.add(b.appointmentId()));
        for (Map.Entry<String, List<Booked>> office : byOffice.entrySet()) {
            LocalDate first = office.getValue().stream().map(b -> localDate(b.start())).min(Comparator.naturalOrder())
                    .orElseThrow();
            LocalDate last = office.getValue().stream().map(b -> localDate(b.end())).max(Comparator.naturalOrder())
                    .orElseThrow();
            for (LocalDate date = first; !date.isAfter(last); date = date.plusDays(1)) {
                SportelloApi.Answer day = operator.get("/api/offices/" + office.getKey() + "/appointments?date=" + date);
                if (day.status() != 200) {
                    throw new IllegalStateException("reading back failed: " + day.status() + " " + day.raw());
                }
                officeDays++;
                for (JsonNode appointment : day.json().path("appointments")) {
                    String id = appointment.path("appointmentId").asString();
                    if (!seen.add(id) || appointment.path("status").asString().equals("CANCELLED")) {
                        continue;
                    }
                    if (!ours.contains(id)) {
                        unexpected++; // booked, but the benchmark never heard its 201
                    }
                    Instant start = Instant.parse(appointment.path("start").asString());
                    Instant end = Instant.parse(appointment.path("end").asString());
                    for (JsonNode o : appointment.path("operators")) {
                        held.add(new Held(o.path("operatorId").asString(), id, start, end));
                    }
                }
            }
        }
        long missing = ours.stream().filter(id -> !seen.contains(id)).count();
        return new Verification(officeDays, seen.size(), missing, unexpected, doubleBookings(held));
    }

    /**
     * Pairs of one operator's appointments that overlap in time: each operator's appointments in
     * start order, each counted once if it starts before an earlier one of theirs has ended.
     */
    static long doubleBookings(Collection<Held> held) {
        Map<String, List<Held>> byOperator = new HashMap<>();
        held.forEach(h -> byOperator.computeIfAbsent(h.operatorId(), o -> new ArrayList<>()).add(h));
        long overlaps = 0;
        for (List<Held> times : byOperator.values()) {
            times.sort(Comparator.comparing(Held::start));
            Instant busyUntil = Instant.MIN;
            for (Held time : times) {
                if (time.start().isBefore(busyUntil)) {
                    overlaps++;
                }
                if (time.end().isAfter(busyUntil)) {
                    busyUntil = time.end();
                }
            }
        }
        return overlaps;
    }

    private static LocalDate localDate(Instant instant) {
        return instant.atZone(ROME).toLocalDate();
    }

    // ---- Report -------------------------------------------------------------------------------------

    private void print(Result result) {
        Load m = result.measured();
        Verification v = result.verification();
        out.printf("""

                Sportello booking benchmark (%d cores, %d clients, %d offices x %d operators, %d%% joint)
                  warm-up                    %d bookings in %.1f s (%d races lost, %d errors), not counted below
                  bookings                   %d in %.1f s (%d races lost with 409, %d errors)
                  requests                   %d (%d answered waiting list, %d had every proposal taken and asked again)
                  throughput                 %.1f bookings/s
                  booking call (201)         p50 %.1f ms   p99 %.1f ms   max %.1f ms
                  booking call (409)         p50 %.1f ms   p99 %.1f ms   max %.1f ms
                  request call (201)         p50 %.1f ms   p99 %.1f ms   max %.1f ms
                  read back                  %d appointments on %d office-days (%d of our 201s missing, %d unknown)
                  double bookings            %d (one operator in two overlapping appointments)
                  raw PostgreSQL inserts     %.0f single-row commits/s (same server, %d connections)
                  bookings / raw inserts     %.3f
                targets: double bookings = 0 %s, every booking read back %s, no errors %s
                """,
                Runtime.getRuntime().availableProcessors(), options.concurrency(), options.offices(),
                options.operatorsPerOffice(), options.jointPercent(),
                result.warmUp().booked(), result.warmUp().seconds(), result.warmUp().lost(), result.warmUp().errors(),
                m.booked(), m.seconds(), m.lost(), m.errors(),
                m.requests(), m.waiting(), m.exhausted(),
                m.bookingsPerSecond(),
                ms(m.bookedLatency(), 50), ms(m.bookedLatency(), 99), m.bookedLatency().getMaxValue() / 1000.0,
                ms(m.lostLatency(), 50), ms(m.lostLatency(), 99), m.lostLatency().getMaxValue() / 1000.0,
                ms(m.requestLatency(), 50), ms(m.requestLatency(), 99), m.requestLatency().getMaxValue() / 1000.0,
                v.readBack(), v.officeDays(), v.missing(), v.unexpected(),
                v.doubleBookings(),
                result.rawInsertsPerSecond(), options.concurrency(),
                m.bookingsPerSecond() / result.rawInsertsPerSecond(),
                verdict(result.met()), verdict(v.missing() == 0 && v.unexpected() == 0),
                verdict(m.errors() == 0 && result.warmUp().errors() == 0));
    }

    private static double ms(Histogram latency, double percentile) {
        return latency.getValueAtPercentile(percentile) / 1000.0;
    }

    private static String verdict(boolean met) {
        return met ? "MET" : "MISSED";
    }
}
