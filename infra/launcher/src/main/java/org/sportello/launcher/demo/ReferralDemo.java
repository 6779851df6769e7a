package org.sportello.launcher.demo;

import java.net.http.HttpClient;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Function;

import org.sportello.client.SportelloApi;
import org.sportello.launcher.demo.ReferralScenario.Fate;
import org.sportello.launcher.demo.ReferralScenario.Planned;
import org.sportello.local.DevToken;

/**
 * The demo's referrals, played through referral's and intake's public APIs after the contacts: an
 * administrator registers the seed districts' {@link Providers}; social workers refer open cases to them
 * with the citizen's consent ({@link ReferralScenario}); providers with an account answer with their own
 * {@code PROVIDER} token (source API), the others' answers are recorded by the office (PHONE or e-mail);
 * completions, withdrawals and consent withdrawals follow. Each step is recorded after the fact at its
 * time in the plan ({@code sentAt}, {@code answeredAt}, {@code completedAt}, {@code withdrawnAt},
 * {@code at}), so the referrals are a year's history like the contacts. A step that came after the
 * referral's deadline waits until the demo has run referral's deadline check (ADMIN, the platform's job
 * API), as it waited at the office: the referral is OVERDUE first, then answered late, and the funnel
 * counts it overdue; those never answered stay OVERDUE. Then the partner desks' volunteers, with
 * {@code PARTNER_DESK} tokens, record orientation contacts at intake and refer the people on to their
 * district's secretariat, whose front desk acknowledges most of them (now: desk referrals take no
 * past time).
 *
 * <p>Referral learns cases, offices and desk contacts from Kafka: until it has, it answers 422 naming
 * the field, and the demo waits and tries again (up to {@link #LEARNED_WITHIN}).
 */
final class ReferralDemo {

    /** What the referral part recorded. */
    record Summary(int providers, int withAccounts, int sent, int accepted, int rejected, int completed, int withdrawn,
                   int consentWithdrawn, int unanswered, int overdue, int answeredLate, int deskContacts,
                   int deskReferrals, int acknowledged) {

        String describe() {
            return String.format("Referrals: %d providers registered at referral (%d of the seed's answer through the API); %,d "
                            + "referrals sent, %,d accepted, %,d rejected, %,d completed, %,d withdrawn by the office, "
                            + "%,d stopped by a consent withdrawal, %,d answered after their deadline; %,d still "
                            + "waiting for an answer, %,d of them OVERDUE (past their deadline, after a run of "
                            + "referral-deadlines); partner desks: %,d orientation contacts, %,d referred on to the "
                            + "secretariat, %,d acknowledged",
                    providers, withAccounts, sent, accepted, rejected, completed, withdrawn, consentWithdrawn,
                    answeredLate, unanswered, overdue, deskContacts, deskReferrals, acknowledged);
        }
    }

    static final Duration LEARNED_WITHIN = Duration.ofSeconds(90);
    /** Referral's deadline check, run once through the platform's job API (ADMIN). */
    static final String DEADLINE_CHECK = "/api/admin/jobs/referral-deadlines/runs";
    /** Orientation contacts per partner desk: enough that the district's row in the desk report shows. */
    static final int DESK_CONTACTS = 12;

    private final HttpClient http;
    private final String referralUrl;
    private final String intakeUrl;
    private final String secret;
    private final Function<String, List<String>> officesOf;
    private final Consumer<String> fail;
    private final Map<String, SportelloApi> apis = new ConcurrentHashMap<>();
    private final AtomicInteger registered = new AtomicInteger();
    private final AtomicInteger sent = new AtomicInteger();
    private final AtomicInteger accepted = new AtomicInteger();
    private final AtomicInteger rejected = new AtomicInteger();
    private final AtomicInteger completed = new AtomicInteger();
    private final AtomicInteger withdrawn = new AtomicInteger();
    private final AtomicInteger consentWithdrawn = new AtomicInteger();
    private final AtomicInteger unanswered = new AtomicInteger();
    private final AtomicInteger overdue = new AtomicInteger();
    private final AtomicInteger answeredLate = new AtomicInteger();
    /** Sent referrals whose first step comes after their deadline: played after the deadline check has run. */
    private final Queue<Sent> afterDeadline = new ConcurrentLinkedQueue<>();
    /** Sent referrals never answered, for counting those the deadline check found. */
    private final Queue<Sent> waiting = new ConcurrentLinkedQueue<>();
    private final AtomicInteger deskContacts = new AtomicInteger();
    private final AtomicInteger deskReferrals = new AtomicInteger();
    private final AtomicInteger acknowledged = new AtomicInteger();

    /**
     * @param officesOf each operator's offices as scheduling registered them (their tokens name them)
     * @param fail      counts and keeps a failed step's message, as the rest of the demo does
     */
    ReferralDemo(HttpClient http, String referralUrl, String intakeUrl, String secret,
                 Function<String, List<String>> officesOf, Consumer<String> fail) {
        this.http = http;
        this.referralUrl = referralUrl;
        this.intakeUrl = intakeUrl;
        this.secret = secret;
        this.officesOf = officesOf;
        this.fail = fail;
    }

    Summary run(long seed, List<ReferralScenario.Candidate> candidates, List<DemoOffice> offices,
                Map<String, String> districtOfMunicipality, Instant notAfter, ExecutorService pool) {
        // Planned with the deadlines referral gave each provider (its own, or its service type's default).
        Providers providers = register(Providers.seed());
        List<Planned> plan = ReferralScenario.plan(seed, candidates, providers, notAfter);
        List<Future<?>> work = new ArrayList<>();
        for (Planned referral : plan) {
            work.add(pool.submit(() -> guarded(() -> send(referral))));
        }
        SplittableRandom random = new SplittableRandom(seed * 17 + 5);
        for (DemoOffice desk : offices.stream().filter(DemoOffice::partnerDesk).toList()) {
            List<String> secretariats = offices.stream().filter(o -> !o.partnerDesk())
                    .filter(o -> districtOfMunicipality.get(o.municipalityId())
                            .equals(districtOfMunicipality.get(desk.municipalityId())))
                    .map(DemoOffice::id).toList();
            List<Instant> times = DeskOrientations.times(desk, notAfter, DESK_CONTACTS, random);
            for (Instant at : times) {
                // The town's own secretariat mostly; now and then one of the district's other towns.
                String to = random.nextDouble() < 0.75 && secretariats.contains(desk.municipalityId())
                        ? desk.municipalityId() : secretariats.get(random.nextInt(secretariats.size()));
                boolean acknowledge = random.nextDouble() < 0.65;
                var need = DeskOrientations.need(random);
                work.add(pool.submit(() -> guarded(() -> deskReferral(desk.id(), to, at, need, acknowledge))));
            }
        }
        awaitAll(work);
        // As at an office: what was not answered by its deadline was OVERDUE before a late answer came in.
        Instant checkedAt = runDeadlineCheck();
        List<Future<?>> late = new ArrayList<>();
        for (Sent referral : afterDeadline) {
            late.add(pool.submit(() -> guarded(() -> steps(referral))));
        }
        awaitAll(late);
        if (checkedAt != null) {
            overdue.set((int) waiting.stream().filter(w -> !w.deadlinePassesAt().isAfter(checkedAt)).count());
        }
        return new Summary(registered.get(), (int) providers.all().stream().filter(Providers.Provider::hasAccount)
                .count(), sent.get(), accepted.get(), rejected.get(), completed.get(), withdrawn.get(),
                consentWithdrawn.get(), unanswered.get(), overdue.get(), answeredLate.get(), deskContacts.get(),
                deskReferrals.get(), acknowledged.get());
    }

    private void awaitAll(List<Future<?>> work) {
        for (Future<?> task : work) {
            try {
                task.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            } catch (java.util.concurrent.ExecutionException | java.util.concurrent.CancellationException e) {
                fail.accept(String.valueOf(e.getCause()));
            }
        }
    }

    /**
     * Runs referral's deadline check once, now, through the admin API (it also runs every minute on its
     * own): every referral still SENT whose deadline has passed becomes OVERDUE. Returns when the run
     * was requested, or null when it did not end.
     */
    private Instant runDeadlineCheck() {
        SportelloApi admin = api("demo-admin", () -> DevToken.mint(secret, "demo-admin", List.of("ADMIN"),
                Duration.ofHours(12)), referralUrl);
        Instant until = Instant.now().plus(LEARNED_WITHIN);
        try {
            while (true) {
                Instant requestedAt = Instant.now();
                SportelloApi.Answer run = admin.post(DEADLINE_CHECK, Map.of());
                if (run.status() == 200 && "SUCCEEDED".equals(run.json().get("outcome").asString())) {
                    return requestedAt;
                }
                // 409: the scheduled run is going on; 202: ours is, beyond the service's wait. Ask again.
                if ((run.status() != 409 && run.status() != 202) || Instant.now().isAfter(until)) {
                    fail.accept("run referral-deadlines: " + describe(run));
                    return null;
                }
                Thread.sleep(1000);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        } catch (SportelloApi.ApiUnreachable e) {
            fail.accept("referral did not answer: " + e.getMessage());
            return null;
        }
    }

    /**
     * Registers every provider; one registered by an earlier run (409) is kept as it is. Returns them
     * with the response deadline referral holds for each, as its registry answers it.
     */
    private Providers register(Providers providers) {
        List<Providers.Provider> registeredProviders = new ArrayList<>();
        SportelloApi admin = api("demo-admin", () -> DevToken.mint(secret, "demo-admin", List.of("ADMIN"),
                Duration.ofHours(12)), referralUrl);
        Instant learnedBy = Instant.now().plus(LEARNED_WITHIN);
        for (Providers.Provider provider : providers.all()) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("providerId", provider.providerId());
            body.put("name", provider.name());
            body.put("kind", provider.kind());
            body.put("serviceType", provider.serviceType());
            body.put("districtId", provider.districtId());
            body.put("municipalityIds", provider.municipalityIds());
            body.put("contactChannel", provider.contactChannel());
            if (provider.deadline() != null) {
                body.put("responseDeadlineWorkingDays", provider.deadline());
            }
            // Referral learns the districts from sportello.scheduling.events: until then 422 naming districtId.
            SportelloApi.Answer answer = retryWhileUnknown(() -> admin.post("/api/providers", body),
                    List.of("districtId", "municipalityIds"), learnedBy);
            if (answer.status() == 409) {
                answer = admin.get("/api/providers/" + provider.providerId());
            }
            if (answer.status() == 201 || answer.status() == 200) {
                registered.incrementAndGet();
                registeredProviders.add(provider.withDeadline(answer.json().get("responseDeadlineWorkingDays").asInt()));
            } else {
                fail.accept("register provider " + provider.providerId() + ": " + describe(answer));
            }
        }
        return new Providers(List.copyOf(registeredProviders));
    }

    /** A referral sent and, once sent, the place of the request for its next steps and its deadline. */
    private record Sent(Planned referral, String path, Instant deadlinePassesAt) {
    }

    /**
     * Sends a referral at its time, then plays its steps, unless the first of them comes after its
     * deadline: that one waits until the deadline check has found the referral OVERDUE.
     */
    private void send(Planned referral) {
        ReferralScenario.Candidate candidate = referral.candidate();
        Providers.Provider provider = referral.provider();
        SportelloApi office = operator(candidate.operatorId());
        Map<String, Object> consent = new LinkedHashMap<>();
        consent.put("givenBy", referral.consent().givenBy());
        consent.put("givenAt", referral.consent().givenAt().toString());
        consent.put("form", referral.consent().form());
        consent.put("witness", referral.consent().witness());
        consent.put("guardian", referral.consent().guardian());
        consent.put("shareScope", referral.consent().shareScope());
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("caseId", candidate.caseId());
        body.put("citizenId", candidate.citizenId());
        body.put("providerId", provider.providerId());
        body.put("fromOfficeId", candidate.officeId());
        body.put("reason", Map.of("userArea", candidate.need().userArea(), "categories", candidate.need().categories()));
        body.put("consent", consent);
        if (referral.sharedContact() != null) {
            body.put("sharedContact", referral.sharedContact());
        }
        if (referral.caseSummary() != null) {
            body.put("caseSummary", referral.caseSummary());
        }
        body.put("sentAt", referral.sentAt().toString());
        // Referral learns the case from sportello.intake.events a moment after intake opened it.
        SportelloApi.Answer answer = retryWhileUnknown(() -> office.post("/api/referrals", body),
                List.of("caseId", "citizenId", "fromOfficeId"), Instant.now().plus(LEARNED_WITHIN));
        if (answer.status() == 409) {
            return; // closed meanwhile (by an earlier run's story): nothing to refer
        }
        expect(answer, 201, "send referral to " + provider.providerId());
        sent.incrementAndGet();
        String path = "/api/referrals/" + answer.json().get("referralId").asString();
        // The deadline as referral counted it (its calendar is the authority): the start of the day after dueBy.
        Instant passesAt = LocalDate.parse(answer.json().get("dueBy").asString()).plusDays(1)
                .atStartOfDay(DemoOffice.ZONE).toInstant();
        Sent sentReferral = new Sent(referral, path, passesAt);
        Instant first = referral.answeredAt() != null ? referral.answeredAt() : referral.endedAt();
        if (first == null) {
            unanswered.incrementAndGet();
            waiting.add(sentReferral);
        } else if (first.isBefore(passesAt)) {
            steps(sentReferral);
        } else {
            afterDeadline.add(sentReferral);
        }
    }

    /** What happened to a sent referral after it was sent, each step at its time. */
    private void steps(Sent sentReferral) {
        Planned referral = sentReferral.referral();
        Providers.Provider provider = referral.provider();
        SportelloApi office = operator(referral.candidate().operatorId());
        String path = sentReferral.path();
        // Its own account (source API), or the office records what the provider said on the phone or by e-mail.
        SportelloApi answering = provider.hasAccount() ? providerApi(provider.providerId()) : office;
        Map<String, Object> answer = new HashMap<>(provider.hasAccount() ? Map.of("source", "API")
                : Map.of("source", Providers.PHONE.equals(provider.contactChannel()) ? "PHONE" : "EMAIL"));
        if (referral.answeredAt() != null) {
            answer.put("answeredAt", referral.answeredAt().toString());
            if (!referral.answeredAt().isBefore(sentReferral.deadlinePassesAt())) {
                answeredLate.incrementAndGet();
            }
        }
        String endedAt = referral.endedAt() == null ? null : referral.endedAt().toString();
        switch (referral.fate()) {
            case UNANSWERED -> {
                // Nothing yet.
            }
            case WITHDRAWN_BEFORE_ANSWER -> {
                expect(office.post(path + "/withdraw", Map.of("reason", referral.code(), "withdrawnAt", endedAt)), 200,
                        "withdraw referral");
                withdrawn.incrementAndGet();
            }
            case CONSENT_WITHDRAWN -> {
                expect(office.post(path + "/consent-withdrawn", Map.of("at", endedAt)), 200, "record consent withdrawn");
                consentWithdrawn.incrementAndGet();
            }
            case REJECTED -> {
                answer.put("reason", referral.code());
                expect(answering.post(path + "/reject", answer), 200, "reject referral");
                rejected.incrementAndGet();
            }
            case ACCEPTED, COMPLETED, WITHDRAWN_AFTER_ACCEPTANCE -> {
                expect(answering.post(path + "/accept", answer), 200, "accept referral");
                accepted.incrementAndGet();
                if (referral.fate() == Fate.COMPLETED) {
                    expect(answering.post(path + "/complete", Map.of("outcome", referral.code(),
                            "completedAt", endedAt)), 200, "complete referral");
                    completed.incrementAndGet();
                } else if (referral.fate() == Fate.WITHDRAWN_AFTER_ACCEPTANCE) {
                    expect(office.post(path + "/withdraw", Map.of("reason", referral.code(), "withdrawnAt", endedAt)),
                            200, "withdraw accepted referral");
                    withdrawn.incrementAndGet();
                }
            }
        }
    }

    /**
     * A volunteer records an anonymous orientation contact at the desk (PARTNER_DESK token, channel
     * PARTNER_DESK), then refers the person on to a secretariat, whose front desk may acknowledge it.
     */
    private void deskReferral(String deskId, String toOfficeId, Instant at, org.sportello.contracts.intake.v1.Need need,
                              boolean acknowledge) {
        String volunteer = deskId + "-pv1";
        SportelloApi atIntake = api("desk-intake:" + deskId, () -> deskToken(volunteer, deskId), intakeUrl);
        SportelloApi atReferral = api("desk-referral:" + deskId, () -> deskToken(volunteer, deskId), referralUrl);
        Map<String, Object> contact = new HashMap<>();
        contact.put("citizenId", null);
        contact.put("officeId", deskId);
        contact.put("channel", "PARTNER_DESK");
        contact.put("occurredAt", at.toString());
        contact.put("operators", List.of(Map.of("operatorId", volunteer, "role", "PARTNER_VOLUNTEER")));
        contact.put("needs", List.of(need));
        contact.put("outcomes", List.of("ORIENTATION", "REFERRAL"));
        SportelloApi.Answer recorded = atIntake.post("/api/contacts", contact);
        expect(recorded, 201, "record orientation contact at " + deskId);
        deskContacts.incrementAndGet();
        Map<String, Object> body = Map.of("fromOfficeId", deskId, "toOfficeId", toOfficeId,
                "contactId", recorded.json().get("contactId").asString(),
                "reason", Map.of("userArea", need.userArea(), "categories", need.categories()));
        // Referral learns the desk's contact from sportello.intake.events a moment after intake recorded it.
        SportelloApi.Answer answer = retryWhileUnknown(() -> atReferral.post("/api/desk-referrals", body),
                List.of("contactId", "fromOfficeId", "toOfficeId"), Instant.now().plus(LEARNED_WITHIN));
        expect(answer, 201, "refer " + deskId + "'s contact on to " + toOfficeId);
        deskReferrals.incrementAndGet();
        if (acknowledge) {
            String path = "/api/desk-referrals/" + answer.json().get("deskReferralId").asString() + "/acknowledge";
            expect(operator(toOfficeId + "-adm1").post(path, Map.of()), 200, "acknowledge desk referral");
            acknowledged.incrementAndGet();
        }
    }

    private SportelloApi.Answer retryWhileUnknown(java.util.function.Supplier<SportelloApi.Answer> call,
                                                  List<String> fields, Instant until) {
        SportelloApi.Answer answer = call.get();
        while (answer.status() == 422 && namesOneOf(answer, fields) && Instant.now().isBefore(until)) {
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return answer;
            }
            answer = call.get();
        }
        return answer;
    }

    /** Whether a problem names one of {@code fields}, in its {@code field} extension or its {@code errors}. */
    private static boolean namesOneOf(SportelloApi.Answer answer, List<String> fields) {
        var json = answer.json();
        if (json == null) {
            return false;
        }
        if (json.has("field") && fields.contains(json.get("field").asString())) {
            return true;
        }
        if (json.has("errors")) {
            for (var error : json.get("errors")) {
                if (error.has("field") && fields.contains(error.get("field").asString())) {
                    return true;
                }
            }
        }
        return false;
    }

    private void guarded(Runnable step) {
        try {
            step.run();
        } catch (RequestFailed e) {
            fail.accept(e.getMessage());
        } catch (SportelloApi.ApiUnreachable e) {
            fail.accept("referral or intake did not answer: " + e.getMessage());
        }
    }

    private SportelloApi operator(String operatorId) {
        return api("operator:" + operatorId, () -> DevToken.mint(secret, operatorId, List.of("OPERATOR"),
                officesOf.apply(operatorId), Duration.ofHours(12), Instant.now()), referralUrl);
    }

    /** The provider's own account: a PROVIDER token bound to it by its providerId claim. */
    private SportelloApi providerApi(String providerId) {
        return api("provider:" + providerId, () -> DevToken.mint(secret, providerId + "-staff", List.of("PROVIDER"),
                List.of(), providerId, Duration.ofHours(12), Instant.now()), referralUrl);
    }

    private String deskToken(String volunteer, String deskId) {
        return DevToken.mint(secret, volunteer, List.of("PARTNER_DESK"), List.of(deskId), Duration.ofHours(12),
                Instant.now());
    }

    private SportelloApi api(String key, java.util.function.Supplier<String> token, String url) {
        return apis.computeIfAbsent(key + "@" + url, k -> new SportelloApi(http, url, token.get()));
    }

    private static void expect(SportelloApi.Answer answer, int status, String what) {
        if (answer.status() != status) {
            throw new RequestFailed(what + ": " + describe(answer));
        }
    }

    private static String describe(SportelloApi.Answer answer) {
        String detail = answer.json() != null && answer.json().has("detail") ? answer.json().get("detail").asString()
                : answer.raw();
        return "HTTP " + answer.status() + " " + detail;
    }

    private static final class RequestFailed extends RuntimeException {
        RequestFailed(String message) {
            super(message);
        }
    }
}
