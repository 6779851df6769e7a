package org.sportello.launcher.demo;

import java.io.IOException;
import java.io.PrintStream;
import java.net.http.HttpClient;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
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
import org.sportello.contracts.intake.v1.Channel;
import org.sportello.contracts.intake.v1.Operator;
import org.sportello.contracts.intake.v1.OperatorRole;
import org.sportello.launcher.LauncherFailure;
import org.sportello.launcher.demo.DemoScenario.Appointment;
import org.sportello.launcher.demo.DemoScenario.CitizenStory;
import org.sportello.launcher.demo.DemoScenario.Close;
import org.sportello.launcher.demo.DemoScenario.Erase;
import org.sportello.launcher.demo.DemoScenario.Step;
import org.sportello.launcher.demo.DemoScenario.TakeInCharge;
import org.sportello.launcher.demo.DemoScenario.Visit;
import org.sportello.local.DevToken;
import tools.jackson.databind.JsonNode;

/**
 * Plays the demo through the public HTTP APIs. First, as an administrator, it creates the seed
 * municipalities' offices, hours, closures and staff at scheduling ({@link SchedulingSetup}) and reads
 * the offices and their open slots back; the {@link DemoScenario} is drawn in those slots. Then, as
 * front desks would: registers each citizen at intake, then plays their story in order (a contact's
 * answer names the case that taking in charge and closing need), many citizens at once on a small pool.
 * An appointment is requested at scheduling, booked from its first proposal, and then attended (the
 * interview recorded at intake as a contact with channel APPOINTMENT and the appointment's id), missed,
 * or cancelled. Each operator uses a token of their own naming their office, so cases are closed by the
 * social worker who followed them; erasures are sent by the municipality's privacy office with an ADMIN
 * token, as the API requires.
 */
public final class DemoRunner implements AutoCloseable {

    public static final String FINISHED_LINE = "Demo finished.";
    /** A small pool: enough to keep two cores busy while requests wait on commits, not enough to swamp them. */
    private static final int THREADS = 8;
    /** Requests for one appointment before the demo gives up on it: concurrent bookings take slots. */
    private static final int BOOKING_ATTEMPTS = 6;
    private static final int FAILURES_SHOWN = 3;
    /** Intake refuses contacts more than five minutes ahead of its clock; stay well behind ours. */
    private static final Duration SAFETY_MARGIN = Duration.ofMinutes(1);
    // Held so the setting sticks: jline, under the progress bar, warns on java.util.logging about dumb terminals.
    private static final java.util.logging.Logger JLINE = java.util.logging.Logger.getLogger("org.jline");

    /** What the demo's appointments came to at scheduling. */
    public record Appointments(int requested, int booked, int attended, int noShow, int cancelled, int waitingList,
                               int upcoming) {
    }

    /** What the demo recorded. */
    public record Summary(YearMonth firstMonth, YearMonth lastMonth, int offices, int setupRequests, int citizens,
                          int contacts, int anonymousContacts, int takenInCharge, int closed, int erased,
                          Appointments appointments, ReferralDemo.Summary referrals, int failed, List<String> failures,
                          Duration took) {

        public String describe() {
            long seconds = Math.max(1, took.toSeconds());
            int requests = setupRequests + citizens + contacts + takenInCharge + closed + erased
                    + appointments.requested() + appointments.booked() + appointments.attended()
                    + appointments.noShow() + appointments.cancelled();
            StringBuilder text = new StringBuilder(String.format(
                    "Demo: %d offices created at scheduling (%,d requests), %s to %s: %,d citizens registered, "
                            + "%,d contacts recorded (%,d anonymous), %,d cases taken in charge, %,d closed, "
                            + "%,d citizens erased on request (GET /api/admin/erasures); "
                            + "%,d appointments requested, %,d booked, %,d attended, %,d no-show, %,d cancelled, "
                            + "%,d on a waiting list, %,d still to come; in %d min %02d s (%,d requests/s)",
                    offices, setupRequests, firstMonth, lastMonth, citizens, contacts, anonymousContacts,
                    takenInCharge, closed, erased, appointments.requested(), appointments.booked(),
                    appointments.attended(), appointments.noShow(), appointments.cancelled(),
                    appointments.waitingList(), appointments.upcoming(), seconds / 60, seconds % 60,
                    requests / seconds));
            if (referrals != null) {
                text.append(System.lineSeparator()).append(referrals.describe());
            }
            if (failed > 0) {
                text.append(String.format("%n%,d requests failed, e.g.:", failed));
                failures.forEach(f -> text.append("\n  ").append(f));
            }
            return text.toString();
        }
    }

    /** How long intake may take to learn a new office from sportello.scheduling.events. */
    static final Duration OFFICES_LEARNED_WITHIN = Duration.ofSeconds(90);
    /** How long intake may take to learn a booking from sportello.scheduling.events. */
    static final Duration APPOINTMENTS_LEARNED_WITHIN = Duration.ofSeconds(60);

    private final String intakeUrl;
    private final String schedulingUrl;
    /** Null when referral-service is not built: the demo then records no referrals. */
    private final String referralUrl;
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
    private final AtomicInteger requested = new AtomicInteger();
    private final AtomicInteger booked = new AtomicInteger();
    private final AtomicInteger attended = new AtomicInteger();
    private final AtomicInteger noShow = new AtomicInteger();
    private final AtomicInteger cancelled = new AtomicInteger();
    private final AtomicInteger waitingList = new AtomicInteger();
    private final AtomicInteger upcoming = new AtomicInteger();
    private final AtomicInteger failed = new AtomicInteger();
    private final Map<String, SportelloApi> schedulers = new ConcurrentHashMap<>();
    /** Each operator's offices, as registered at scheduling: their tokens name them. */
    private final Map<String, List<String>> offices = new ConcurrentHashMap<>();
    /** Offices intake has accepted a contact for: it learned them from Kafka. */
    private final java.util.Set<String> knownAtIntake = ConcurrentHashMap.newKeySet();
    private final AtomicInteger waitingForIntake = new AtomicInteger();
    private volatile Instant officesLearnedBy;
    private volatile Instant notAfter;
    private final List<String> failures = new CopyOnWriteArrayList<>();
    /** Per story (by index), the open case a contact ended in REFERRAL in; dropped when it closes. */
    private final Map<Integer, ReferralScenario.Candidate> referralCandidates = new ConcurrentHashMap<>();
    private final Map<String, String> districtOfMunicipality = new HashMap<>();
    private final Map<String, String> municipalityOfOffice = new ConcurrentHashMap<>();
    private volatile ExecutorService pool;
    private volatile boolean stopped;

    public DemoRunner(String intakeUrl, String schedulingUrl, String referralUrl, String secret, PrintStream out) {
        this.intakeUrl = intakeUrl;
        this.schedulingUrl = schedulingUrl;
        this.referralUrl = referralUrl;
        this.secret = secret;
        this.out = out;
    }

    /** Records the plan's scenario up to now and returns what it recorded. */
    public Summary run(DemoPlan plan) {
        Instant started = Instant.now();
        notAfter = started.minus(SAFETY_MARGIN);
        YearMonth first = plan.firstMonth();
        YearMonth last = plan.lastMonth();
        Seed seed = plan.seedStructure();
        out.printf("%nDemo (seed %d): creating the seed municipalities' %d offices, their hours and %d operators at %s%n",
                plan.seed(), seed.offices().size(), seed.staff().size(), schedulingUrl);
        out.flush();
        SchedulingSetup setup = new SchedulingSetup(http, schedulingUrl,
                DevToken.mint(secret, "demo-admin", List.of("ADMIN"), Duration.ofHours(12)));
        List<DemoOffice> demoOffices;
        try {
            setup.create(seed);
            officesLearnedBy = Instant.now().plus(OFFICES_LEARNED_WITHIN);
            demoOffices = setup.readBack(plan.hoursFrom(), plan.hoursUntil());
        } catch (SportelloApi.ApiUnreachable e) {
            throw new LauncherFailure("scheduling did not answer while the demo created its offices: " + e.getMessage());
        }
        for (Seed.StaffMember member : seed.staff()) {
            offices.put(member.operatorId(), member.offices());
        }
        seed.municipalities().forEach(m -> districtOfMunicipality.put(m.municipalityId(), m.districtId()));
        demoOffices.forEach(o -> municipalityOfOffice.put(o.id(), o.municipalityId()));
        DemoScenario scenario = DemoScenario.generate(plan.seed(), first, last, notAfter, demoOffices);
        out.printf("Demo (seed %d): %d offices as scheduling lists them, %s to %s, %,d steps to %s and %s%n",
                plan.seed(), demoOffices.size(), first, last, scenario.requestCount(), intakeUrl, schedulingUrl);
        out.flush();

        JLINE.setLevel(Level.OFF);
        pool = Executors.newFixedThreadPool(THREADS, r -> {
            Thread thread = new Thread(r, "sportello-demo");
            thread.setDaemon(true);
            return thread;
        });
        ReferralDemo.Summary referrals = null;
        try {
            try (ProgressBar progress = progressBar(scenario.requestCount())) {
                List<Future<?>> work = new ArrayList<>();
                List<CitizenStory> stories = scenario.stories();
                for (int i = 0; i < stories.size(); i++) {
                    int index = i;
                    work.add(pool.submit(() -> play(index, stories.get(index), progress)));
                }
                for (Visit visit : scenario.anonymousContacts()) {
                    work.add(pool.submit(() -> recordAnonymous(visit, progress)));
                }
                for (Future<?> task : work) {
                    await(task);
                }
            }
            if (referralUrl != null && !stopped) {
                out.printf("Demo (seed %d): providers, %d open cases' referrals and partner desks' referrals at %s%n",
                        plan.seed(), Math.min(referralCandidates.size(), ReferralScenario.MAX_REFERRALS), referralUrl);
                out.flush();
                referrals = new ReferralDemo(http, referralUrl, intakeUrl, secret,
                        id -> offices.getOrDefault(id, List.of()), this::fail)
                        .run(plan.seed(), List.copyOf(referralCandidates.values()), demoOffices, districtOfMunicipality,
                                notAfter, pool);
            }
        } finally {
            pool.shutdownNow();
        }
        return new Summary(first, last, demoOffices.size(), setup.requests(), citizens.get(), contacts.get(),
                anonymous.get(), takenInCharge.get(), closed.get(), erased.get(), new Appointments(requested.get(),
                booked.get(), attended.get(), noShow.get(), cancelled.get(), waitingList.get(), upcoming.get()),
                referrals, failed.get(), List.copyOf(failures), Duration.between(started, Instant.now()));
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

    private void play(int index, CitizenStory story, ProgressBar progress) {
        int remaining = 1 + story.steps().size();
        try {
            Person person = story.person();
            UUID citizenId = register(person);
            progress.step();
            remaining--;
            UUID caseId = null;
            // Whether a contact was recorded: at a partner desk intake answers no case, yet the citizen has one.
            boolean recorded = false;
            Instant previousAppointment = null;
            for (Step step : story.steps()) {
                if (stopped) {
                    return;
                }
                if (step instanceof Visit visit) {
                    caseId = recordContact(citizenId, visit, null);
                    contacts.incrementAndGet();
                    recorded = true;
                    noteReferral(index, story.person(), citizenId, caseId, visit.officeId(), visit.operators(),
                            visit.needs(), visit.outcomes(), visit.at());
                } else if (step instanceof Appointment appointment) {
                    Booked appointmentBooked = appointment(citizenId, appointment, previousAppointment);
                    if (appointmentBooked != null) {
                        previousAppointment = appointmentBooked.start();
                        UUID contactCase = outcome(citizenId, appointment, appointmentBooked);
                        caseId = contactCase != null ? contactCase : caseId;
                        recorded |= contactCase != null;
                        if (contactCase != null) {
                            noteReferral(index, story.person(), citizenId, contactCase, appointment.officeId(),
                                    appointmentBooked.operators().stream().map(o -> new Operator(
                                            String.valueOf(o.get("operatorId")),
                                            OperatorRole.valueOf(String.valueOf(o.get("role"))))).toList(),
                                    appointment.needs(), appointment.outcomes(), appointmentBooked.start());
                        }
                    }
                } else if (caseId == null && !(step instanceof Erase && recorded)
                        && (caseId = openCaseOf(citizenId, step)) == null) {
                    // No contact yet (the appointment that would have opened the case was missed): nothing to act on.
                    progress.step();
                    remaining--;
                    continue;
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
                    referralCandidates.remove(index);
                } else if (step instanceof Erase erase) {
                    SportelloApi.Answer answer = admin(erase.adminId()).post("/api/citizens/" + citizenId + "/erasure",
                            Map.of("ground", erase.ground(), "reference", erase.reference()));
                    if (!isProblem(answer, "citizen-already-erased")) {
                        expect(answer, 204, "erase citizen");
                        erased.incrementAndGet();
                    }
                    referralCandidates.remove(index);
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

    /**
     * A contact that ended in REFERRAL makes its case a candidate for a referral at the end of the demo,
     * sent by the social worker who saw the person (at a partner desk, the town's secretariat's).
     */
    private void noteReferral(int index, Person person, UUID citizenId, UUID caseId, String officeId,
                              List<Operator> operators, List<org.sportello.contracts.intake.v1.Need> needs,
                              List<org.sportello.contracts.intake.v1.ContactOutcome> outcomes, Instant at) {
        if (caseId == null || needs.isEmpty()
                || !outcomes.contains(org.sportello.contracts.intake.v1.ContactOutcome.REFERRAL)) {
            return;
        }
        String operatorId = operators.stream().filter(o -> o.role() == OperatorRole.SOCIAL_WORKER).findFirst()
                .or(() -> operators.stream().filter(o -> o.role() != OperatorRole.PARTNER_VOLUNTEER).findFirst())
                .map(Operator::operatorId).orElse(municipalityOfOffice.get(officeId) + "-sw1");
        List<String> operatorOffices = offices.get(operatorId);
        String municipality = municipalityOfOffice.get(officeId);
        if (operatorOffices == null || operatorOffices.isEmpty() || municipality == null) {
            return;
        }
        referralCandidates.put(index, new ReferralScenario.Candidate(index, citizenId, caseId, operatorId,
                operatorOffices.get(0), districtOfMunicipality.get(municipality), needs.get(0), person.phone(), at));
    }

    private void recordAnonymous(Visit visit, ProgressBar progress) {
        if (stopped) {
            return;
        }
        try {
            recordContact(null, visit, null);
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

    /** An appointment booked at scheduling: its id, start and the operators booked for it. */
    private record Booked(String appointmentId, Instant bookedAt, Instant start, List<Map<String, Object>> operators) {
    }

    /**
     * Requests the appointment at scheduling (by the office's front desk, or online) and books its first
     * proposal; another booking may take that slot meanwhile (409), then the next proposal or a new
     * request. Null when the request joined the office's waiting list (202) or comes after now. A
     * citizen asks for the next interview at the end of the previous one, so never before it.
     *
     * <p>The demo books for many citizens at once, and requests made together get the same proposals:
     * asking again at once, they would all reach for the same first slot again. So a new request
     * waits a little longer each time, and tries its proposals starting from one of its own.
     */
    private Booked appointment(UUID citizenId, Appointment appointment, Instant previous) {
        Instant requestedAt = previous != null && previous.isAfter(appointment.at())
                ? previous.plusSeconds(60L * appointment.durationMinutes()) : appointment.at();
        if (requestedAt.isAfter(notAfter)) {
            return null;
        }
        SportelloApi desk = scheduler(appointment.officeId() + "-adm1");
        for (int attempt = 0; attempt < BOOKING_ATTEMPTS; attempt++) {
            if (attempt > 0) {
                sleep(Duration.ofMillis(20L * attempt * attempt));
            }
            Map<String, Object> request = new HashMap<>();
            request.put("officeId", appointment.officeId());
            request.put("citizenId", citizenId);
            request.put("requestedVia", appointment.requestedVia());
            request.put("requiredRoles", appointment.requiredRoles());
            request.put("durationMinutes", appointment.durationMinutes());
            request.put("requestedAt", requestedAt.toString());
            SportelloApi.Answer answer = desk.post("/api/appointment-requests", request);
            if (attempt == 0) {
                requested.incrementAndGet();
            }
            if (answer.status() == 202) {
                waitingList.incrementAndGet();
                return null;
            }
            expect(answer, 201, "request appointment");
            String requestId = answer.json().get("requestId").asString();
            List<JsonNode> proposals = new ArrayList<>();
            answer.json().get("proposals").forEach(proposals::add);
            if (attempt > 0 && !proposals.isEmpty()) {
                Collections.rotate(proposals, -Math.floorMod(citizenId.hashCode() + attempt, proposals.size()));
            }
            for (var proposal : proposals) {
                List<Map<String, Object>> operators = new java.util.ArrayList<>();
                for (var operator : proposal.get("operators")) {
                    operators.add(Map.of("operatorId", operator.get("operatorId").asString(),
                            "role", operator.get("role").asString()));
                }
                // Booked at the desk (or online) as it was asked for: scheduling stamps it then, not now.
                SportelloApi.Answer booking = desk.post("/api/appointments", Map.of("requestId", requestId,
                        "start", proposal.get("start").asString(), "operators", operators,
                        "bookedAt", requestedAt.toString()));
                if (booking.status() == 409) {
                    continue;
                }
                expect(booking, 201, "book appointment");
                booked.incrementAndGet();
                return new Booked(booking.json().get("appointmentId").asString(), requestedAt,
                        Instant.parse(proposal.get("start").asString()), operators);
            }
        }
        throw new RequestFailed("book appointment at " + appointment.officeId() + ": every proposal was taken meanwhile");
    }

    /**
     * What became of the appointment: cancelled (any time before), or, once its day has come, missed or
     * attended. An attended one is the interview: scheduling records the outcome, the social worker
     * records the contact at intake with channel APPOINTMENT and the appointment's id (intake counts it
     * once; reporting counts contacts as users and appointments as appointments). Returns the case the
     * contact joined, if any.
     */
    private UUID outcome(UUID citizenId, Appointment appointment, Booked booking) {
        String appointmentPath = "/api/appointments/" + booking.appointmentId();
        SportelloApi worker = scheduler(String.valueOf(booking.operators().get(0).get("operatorId")));
        Instant end = booking.start().plusSeconds(60L * appointment.durationMinutes());
        switch (appointment.outcome()) {
            case CANCELLED_BY_CITIZEN, CANCELLED_BY_OFFICE -> {
                // Called off halfway between the booking and the day: one still to come is not called off yet.
                Instant cancelledAt = booking.bookedAt().plus(Duration.between(booking.bookedAt(), booking.start())
                        .dividedBy(2));
                if (cancelledAt.isAfter(notAfter)) {
                    upcoming.incrementAndGet();
                    return null;
                }
                boolean byCitizen = appointment.outcome() == DemoScenario.AppointmentOutcome.CANCELLED_BY_CITIZEN;
                expect(worker.post(appointmentPath + "/cancel", Map.of("by", byCitizen ? "CITIZEN" : "OFFICE",
                        "reason", byCitizen ? "Il cittadino non può venire" : "Operatore assente",
                        "cancelledAt", cancelledAt.toString())), 200, "cancel appointment");
                cancelled.incrementAndGet();
                return null;
            }
            default -> {
                // Staff record an outcome once the interview is over; one still to come stays booked.
                if (end.isAfter(notAfter)) {
                    upcoming.incrementAndGet();
                    return null;
                }
            }
        }
        // Recorded as the interview ends, as staff would have done then.
        Map<String, Object> recorded = Map.of("recordedAt", end.toString());
        if (appointment.outcome() == DemoScenario.AppointmentOutcome.NO_SHOW) {
            expect(worker.post(appointmentPath + "/no-show", recorded), 200, "record no-show");
            noShow.incrementAndGet();
            return null;
        }
        expect(worker.post(appointmentPath + "/attended", recorded), 200, "record attended");
        attended.incrementAndGet();
        List<Operator> operators = booking.operators().stream().map(o -> new Operator(String.valueOf(o.get("operatorId")),
                OperatorRole.valueOf(String.valueOf(o.get("role"))))).toList();
        UUID caseId = recordContact(citizenId, new Visit(appointment.officeId(), Channel.APPOINTMENT, booking.start(),
                operators, appointment.needs(), appointment.outcomes()), booking.appointmentId());
        contacts.incrementAndGet();
        return caseId;
    }

    /**
     * Records a contact at intake. Intake accepts only offices scheduling has published, learned from
     * Kafka a moment after the demo created them: until then it answers 422 {@code unknown-office}, and
     * the demo waits (up to {@link #OFFICES_LEARNED_WITHIN} after creating them) and tries again. An
     * interview's appointment is learned alike after its booking (422 {@code unknown-appointment}).
     */
    private UUID recordContact(UUID citizenId, Visit visit, String appointmentId) {
        Map<String, Object> body = new HashMap<>();
        body.put("citizenId", citizenId);
        body.put("officeId", visit.officeId());
        body.put("channel", visit.channel());
        body.put("occurredAt", visit.at().toString());
        body.put("operators", visit.operators());
        body.put("needs", visit.needs());
        body.put("outcomes", visit.outcomes());
        if (appointmentId != null) {
            body.put("appointmentId", appointmentId);
        }
        // A partner desk's volunteers record with their desk's PARTNER_DESK token; everyone else as staff.
        SportelloApi intake = visit.channel() == Channel.PARTNER_DESK
                ? desk(visit.operators().get(0).operatorId(), visit.officeId())
                : api(visit.operators().get(0).operatorId());
        SportelloApi.Answer answer = intake.post("/api/contacts", body);
        Instant appointmentLearnedBy = null;
        while (true) {
            if (answer.status() == 422 && !knownAtIntake.contains(visit.officeId())
                    && isUnprocessable(answer, "unknown-office")) {
                if (Instant.now().isAfter(officesLearnedBy)) {
                    throw new RequestFailed("intake has not learned office " + visit.officeId() + " from "
                            + "sportello.scheduling.events within " + OFFICES_LEARNED_WITHIN.toSeconds() + " s of its "
                            + "creation at scheduling: see scheduling-service.log (its relay) and intake-service.log");
                }
                if (waitingForIntake.getAndIncrement() == 0) {
                    out.println("Waiting for intake to learn the new offices from sportello.scheduling.events...");
                    out.flush();
                }
                sleep(Duration.ofMillis(500));
            } else if (appointmentId != null && isUnprocessable(answer, "unknown-appointment")) {
                // Intake learns the booking from sportello.scheduling.events a moment after scheduling made it.
                if (appointmentLearnedBy == null) {
                    appointmentLearnedBy = Instant.now().plus(APPOINTMENTS_LEARNED_WITHIN);
                } else if (Instant.now().isAfter(appointmentLearnedBy)) {
                    throw new RequestFailed("intake has not learned appointment " + appointmentId + " from "
                            + "sportello.scheduling.events within " + APPOINTMENTS_LEARNED_WITHIN.toSeconds()
                            + " s of its booking: see scheduling-service.log (its relay) and intake-service.log");
                }
                sleep(Duration.ofMillis(200));
            } else {
                break;
            }
            answer = intake.post("/api/contacts", body);
        }
        expect(answer, 201, "record contact");
        knownAtIntake.add(visit.officeId());
        var caseId = answer.json().get("caseId");
        return caseId == null || caseId.isNull() ? null : UUID.fromString(caseId.asString());
    }

    private SportelloApi api(String operatorId) {
        return apis.computeIfAbsent(operatorId, id -> new SportelloApi(http, intakeUrl, operatorToken(id)));
    }

    private SportelloApi desk(String volunteerId, String deskId) {
        return apis.computeIfAbsent("desk:" + volunteerId, id -> new SportelloApi(http, intakeUrl, DevToken.mint(secret,
                volunteerId, List.of("PARTNER_DESK"), List.of(deskId), Duration.ofHours(12), Instant.now())));
    }

    /**
     * The citizen's open case as the secretariat's social worker reads it at intake (a logged read), for a
     * story whose contacts were at a partner desk: intake answers a desk the contact's id only, never the
     * case. Null when the step is no case step or the citizen has no open case.
     */
    private UUID openCaseOf(UUID citizenId, Step step) {
        String operatorId = step instanceof TakeInCharge take ? take.operatorId()
                : step instanceof Close close ? close.operatorId() : null;
        if (operatorId == null) {
            return null;
        }
        SportelloApi.Answer citizen = api(operatorId).get("/api/citizens/" + citizenId);
        if (citizen.status() != 200 || !citizen.json().has("openCaseId") || citizen.json().get("openCaseId").isNull()) {
            return null;
        }
        return UUID.fromString(citizen.json().get("openCaseId").asString());
    }

    private SportelloApi scheduler(String operatorId) {
        return schedulers.computeIfAbsent(operatorId, id -> new SportelloApi(http, schedulingUrl, operatorToken(id)));
    }

    /** An OPERATOR token naming the operator's offices, as scheduling registered them. */
    private String operatorToken(String operatorId) {
        return DevToken.mint(secret, operatorId, List.of("OPERATOR"), offices.getOrDefault(operatorId, List.of()),
                Duration.ofHours(12), Instant.now());
    }

    private void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RequestFailed("interrupted");
        }
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
        return answer.status() == 409 && hasType(answer, type);
    }

    private static boolean isUnprocessable(SportelloApi.Answer answer, String type) {
        return answer.status() == 422 && hasType(answer, type);
    }

    private static boolean hasType(SportelloApi.Answer answer, String type) {
        return answer.json() != null && answer.json().has("type")
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
