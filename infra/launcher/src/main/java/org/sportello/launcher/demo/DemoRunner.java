package org.sportello.launcher.demo;

import java.io.IOException;
import java.io.PrintStream;
import java.net.http.HttpClient;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;

import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.DelegatingProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import org.sportello.client.SportelloApi;
import org.sportello.launcher.LauncherFailure;
import org.sportello.launcher.demo.DemoScenario.CitizenStory;
import org.sportello.launcher.demo.DemoScenario.Close;
import org.sportello.launcher.demo.DemoScenario.Erase;
import org.sportello.launcher.demo.DemoScenario.Step;
import org.sportello.launcher.demo.DemoScenario.TakeInCharge;
import org.sportello.launcher.demo.DemoScenario.Visit;
import org.sportello.local.DevToken;

/**
 * Records a {@link DemoScenario} through intake's public HTTP API, as front desks would: registers
 * each citizen, then plays their story in order (a contact's answer names the case that taking in
 * charge and closing need), many citizens at once on a small pool. Each operator uses a token of
 * their own, so cases are closed by the social worker who followed them; erasures are sent by the
 * municipality's privacy office with an ADMIN token, as the API requires.
 */
public final class DemoRunner implements AutoCloseable {

    public static final String FINISHED_LINE = "Demo finished.";
    /** A small pool: enough to keep two cores busy while requests wait on commits, not enough to swamp them. */
    private static final int THREADS = 8;
    private static final int FAILURES_SHOWN = 3;
    /** Intake refuses contacts more than five minutes ahead of its clock; stay well behind ours. */
    private static final Duration SAFETY_MARGIN = Duration.ofMinutes(1);
    // Held so the setting sticks: jline, under the progress bar, warns on java.util.logging about dumb terminals.
    private static final java.util.logging.Logger JLINE = java.util.logging.Logger.getLogger("org.jline");

    /** What the demo recorded. */
    public record Summary(YearMonth firstMonth, YearMonth lastMonth, int offices, int citizens, int contacts,
                          int anonymousContacts, int takenInCharge, int closed, int erased, int failed,
                          List<String> failures, Duration took) {

        public String describe() {
            long seconds = Math.max(1, took.toSeconds());
            int requests = citizens + contacts + takenInCharge + closed + erased;
            StringBuilder text = new StringBuilder(String.format(
                    "Demo: %d offices, %s to %s: %,d citizens registered, %,d contacts recorded (%,d anonymous), "
                            + "%,d cases taken in charge, %,d closed, %,d citizens erased on request "
                            + "(GET /api/admin/erasures), in %d min %02d s (%,d requests/s)",
                    offices, firstMonth, lastMonth, citizens, contacts, anonymousContacts, takenInCharge, closed,
                    erased, seconds / 60, seconds % 60, requests / seconds));
            if (failed > 0) {
                text.append(String.format("%n%,d requests failed, e.g.:", failed));
                failures.forEach(f -> text.append("\n  ").append(f));
            }
            return text.toString();
        }
    }

    private final String intakeUrl;
    private final String secret;
    private final PrintStream out;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final Map<String, SportelloApi> apis = new ConcurrentHashMap<>();
    private final Map<String, SportelloApi> admins = new ConcurrentHashMap<>();
    private final AtomicInteger citizens = new AtomicInteger();
    private final AtomicInteger contacts = new AtomicInteger();
    private final AtomicInteger anonymous = new AtomicInteger();
    private final AtomicInteger takenInCharge = new AtomicInteger();
    private final AtomicInteger closed = new AtomicInteger();
    private final AtomicInteger erased = new AtomicInteger();
    private final AtomicInteger failed = new AtomicInteger();
    private final List<String> failures = new CopyOnWriteArrayList<>();
    private volatile ExecutorService pool;
    private volatile boolean stopped;

    public DemoRunner(String intakeUrl, String secret, PrintStream out) {
        this.intakeUrl = intakeUrl;
        this.secret = secret;
        this.out = out;
    }

    /** Records the plan's scenario up to now and returns what it recorded. */
    public Summary run(DemoPlan plan) {
        Instant started = Instant.now();
        YearMonth first = plan.firstMonth();
        YearMonth last = plan.lastMonth();
        DemoScenario scenario = DemoScenario.generate(plan.seed(), first, last, started.minus(SAFETY_MARGIN));
        out.printf("%nDemo (seed %d): %d offices, %s to %s, %,d requests to %s%n", plan.seed(),
                OfficeCatalogue.offices().size(), first, last, scenario.requestCount(), intakeUrl);
        out.flush();

        JLINE.setLevel(Level.OFF);
        pool = Executors.newFixedThreadPool(THREADS, r -> {
            Thread thread = new Thread(r, "sportello-demo");
            thread.setDaemon(true);
            return thread;
        });
        try (ProgressBar progress = progressBar(scenario.requestCount())) {
            List<Future<?>> work = new ArrayList<>();
            for (CitizenStory story : scenario.stories()) {
                work.add(pool.submit(() -> play(story, progress)));
            }
            for (Visit visit : scenario.anonymousContacts()) {
                work.add(pool.submit(() -> recordAnonymous(visit, progress)));
            }
            for (Future<?> task : work) {
                await(task);
            }
        } finally {
            pool.shutdownNow();
        }
        return new Summary(first, last, OfficeCatalogue.offices().size(), citizens.get(), contacts.get(),
                anonymous.get(), takenInCharge.get(), closed.get(), erased.get(), failed.get(), List.copyOf(failures),
                Duration.between(started, Instant.now()));
    }

    /** Stops sending requests (Ctrl-C during the demo); what was recorded stays. */
    @Override
    public void close() {
        stopped = true;
        ExecutorService running = pool;
        if (running != null) {
            running.shutdownNow();
            try {
                // Briefly: requests in flight are cut when the services stop next, which is harmless.
                running.awaitTermination(2, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void play(CitizenStory story, ProgressBar progress) {
        int remaining = 1 + story.steps().size();
        try {
            Person person = story.person();
            UUID citizenId = register(person);
            progress.step();
            remaining--;
            UUID caseId = null;
            for (Step step : story.steps()) {
                if (stopped) {
                    return;
                }
                if (step instanceof Visit visit) {
                    caseId = recordContact(citizenId, visit);
                    contacts.incrementAndGet();
                } else if (step instanceof TakeInCharge take) {
                    SportelloApi.Answer answer = api(take.operatorId()).post("/api/cases/" + caseId + "/take-in-charge",
                            Map.of("operatorId", take.operatorId()));
                    if (!isProblem(answer, "case-already-in-charge")) {
                        expect(answer, 200, "take case in charge");
                        takenInCharge.incrementAndGet();
                    }
                } else if (step instanceof Close close) {
                    SportelloApi.Answer answer = api(close.operatorId()).post("/api/cases/" + caseId + "/close",
                            Map.of("reason", close.reason()));
                    if (!isProblem(answer, "case-already-closed")) {
                        expect(answer, 200, "close case");
                        closed.incrementAndGet();
                    }
                } else if (step instanceof Erase erase) {
                    SportelloApi.Answer answer = admin(erase.adminId()).post("/api/citizens/" + citizenId + "/erasure",
                            Map.of("ground", erase.ground(), "reference", erase.reference()));
                    if (!isProblem(answer, "citizen-already-erased")) {
                        expect(answer, 204, "erase citizen");
                        erased.incrementAndGet();
                    }
                }
                progress.step();
                remaining--;
            }
        } catch (RequestFailed e) {
            // The rest of the story depends on what failed: count it and move on to the next citizen.
            fail(e.getMessage());
            progress.stepBy(remaining);
        } catch (SportelloApi.ApiUnreachable e) {
            if (!stopped) {
                fail("intake did not answer: " + e.getMessage());
            }
            progress.stepBy(remaining);
        }
    }

    private void recordAnonymous(Visit visit, ProgressBar progress) {
        if (stopped) {
            return;
        }
        try {
            recordContact(null, visit);
            contacts.incrementAndGet();
            anonymous.incrementAndGet();
        } catch (RequestFailed e) {
            fail(e.getMessage());
        } catch (SportelloApi.ApiUnreachable e) {
            if (!stopped) {
                fail("intake did not answer: " + e.getMessage());
            }
        }
        progress.step();
    }

    /**
     * A citizen registered by an earlier demo run with the same seed is the same person: reuse them. One
     * that run erased is no longer known by their fiscal code, so they are registered again as a new
     * citizen, as intake would do for anyone returning after an erasure.
     */
    private UUID register(Person person) {
        Map<String, Object> body = new HashMap<>();
        body.put("fiscalCode", person.fiscalCode());
        body.put("firstName", person.firstName());
        body.put("lastName", person.lastName());
        body.put("birthDate", person.birthDate().toString());
        body.put("sex", String.valueOf(person.sex()));
        body.put("municipalityOfResidence", person.municipality());
        body.put("phone", person.phone());
        body.put("email", person.email());
        SportelloApi.Answer answer = api("demo-front-desk").post("/api/citizens", body);
        if (answer.status() == 409 && answer.json().has("citizenId")) {
            return UUID.fromString(answer.json().get("citizenId").asString());
        }
        expect(answer, 201, "register citizen");
        citizens.incrementAndGet();
        return UUID.fromString(answer.json().get("citizenId").asString());
    }

    private UUID recordContact(UUID citizenId, Visit visit) {
        Map<String, Object> body = new HashMap<>();
        body.put("citizenId", citizenId);
        body.put("officeId", visit.officeId());
        body.put("channel", visit.channel());
        body.put("occurredAt", visit.at().toString());
        body.put("operators", visit.operators());
        body.put("needs", visit.needs());
        body.put("outcomes", visit.outcomes());
        SportelloApi.Answer answer = api(visit.operators().get(0).operatorId()).post("/api/contacts", body);
        expect(answer, 201, "record contact");
        var caseId = answer.json().get("caseId");
        return caseId == null || caseId.isNull() ? null : UUID.fromString(caseId.asString());
    }

    private SportelloApi api(String operatorId) {
        return apis.computeIfAbsent(operatorId, id -> new SportelloApi(http, intakeUrl,
                DevToken.mint(secret, id, List.of("OPERATOR"), Duration.ofHours(12))));
    }

    private SportelloApi admin(String adminId) {
        return admins.computeIfAbsent(adminId, id -> new SportelloApi(http, intakeUrl,
                DevToken.mint(secret, id, List.of("ADMIN"), Duration.ofHours(12))));
    }

    /**
     * A citizen the demo registered in an earlier run (another seed or period in the same data
     * directory) may have their case in charge or closed already, or be erased if the same erasure
     * is sent again; that is the state the step wanted. (A citizen an earlier run erased is not met
     * again: their fiscal code now registers a new citizen.)
     */
    private static boolean isProblem(SportelloApi.Answer answer, String type) {
        return answer.status() == 409 && answer.json() != null && answer.json().has("type")
                && answer.json().get("type").asString().endsWith("/" + type);
    }

    private static void expect(SportelloApi.Answer answer, int status, String what) {
        if (answer.status() != status) {
            String detail = answer.json() != null && answer.json().has("detail") ? answer.json().get("detail").asString()
                    : answer.raw();
            throw new RequestFailed(what + ": HTTP " + answer.status() + " " + detail);
        }
    }

    private void fail(String message) {
        failed.incrementAndGet();
        if (failures.size() < FAILURES_SHOWN) {
            failures.add(message);
        }
    }

    private void await(Future<?> task) {
        try {
            task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LauncherFailure("demo interrupted");
        } catch (java.util.concurrent.CancellationException e) {
            // stopped by close()
        } catch (java.util.concurrent.ExecutionException e) {
            fail(String.valueOf(e.getCause()));
        }
    }

    /**
     * A bar with rate and time left on a terminal; without one (CI, a pipe) a plain line every few
     * seconds instead of carriage returns.
     */
    private ProgressBar progressBar(int total) {
        ProgressBarBuilder builder = new ProgressBarBuilder().setTaskName("Demo").setInitialMax(total)
                .setUnit(" req", 1).showSpeed().setSpeedUnit(java.time.temporal.ChronoUnit.SECONDS);
        if (System.console() != null) {
            // With a width given, the library never opens a terminal of its own: one would replace the JVM's
            // SIGINT handler while open, and Ctrl-C during the demo would then kill the launcher without
            // running the shutdown hook that stops the services.
            builder.setStyle(ProgressBarStyle.COLORFUL_UNICODE_BLOCK)
                    .setConsumer(new ConsoleProgressBarConsumer(out, terminalWidth()));
        } else {
            builder.setStyle(ProgressBarStyle.ASCII).setUpdateIntervalMillis(5000)
                    .setConsumer(new DelegatingProgressBarConsumer(out::println, 100));
        }
        return builder.build();
    }

    /** The terminal's width, asked without letting jline take over signals. */
    private static int terminalWidth() {
        try (Terminal terminal = TerminalBuilder.builder().system(true).nativeSignals(false).dumb(true).build()) {
            int width = terminal.getWidth();
            return width >= 40 ? width - 1 : 100;
        } catch (IOException | RuntimeException e) {
            return 100;
        }
    }

    /** Intake refused a request the scenario expected to succeed. */
    private static final class RequestFailed extends RuntimeException {
        RequestFailed(String message) {
            super(message);
        }
    }
}
