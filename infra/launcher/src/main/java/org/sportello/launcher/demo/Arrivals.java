package org.sportello.launcher.demo;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;

import org.sportello.contracts.intake.v1.CaseClosureReason;
import org.sportello.contracts.intake.v1.Channel;
import org.sportello.contracts.intake.v1.ContactOutcome;
import org.sportello.contracts.intake.v1.Need;
import org.sportello.contracts.intake.v1.NeedCategory;
import org.sportello.contracts.intake.v1.Operator;
import org.sportello.contracts.intake.v1.OperatorRole;
import org.sportello.contracts.intake.v1.UserArea;
import org.sportello.launcher.demo.DemoScenario.CitizenStory;
import org.sportello.launcher.demo.DemoScenario.Close;
import org.sportello.launcher.demo.DemoScenario.Erase;
import org.sportello.launcher.demo.DemoScenario.Step;
import org.sportello.launcher.demo.DemoScenario.TakeInCharge;
import org.sportello.launcher.demo.DemoScenario.Visit;
import org.sportello.launcher.demo.DemoOffice.Mode;
import org.sportello.launcher.demo.DemoOffice.OpenSlot;
import org.sportello.launcher.demo.DemoScenario.Appointment;
import org.sportello.launcher.demo.DemoScenario.AppointmentOutcome;

import static org.sportello.contracts.intake.v1.ContactOutcome.APPOINTMENT_PROPOSED;
import static org.sportello.contracts.intake.v1.ContactOutcome.DOCUMENTS_REQUESTED;
import static org.sportello.contracts.intake.v1.ContactOutcome.ECONOMIC_SUPPORT_REQUESTED;
import static org.sportello.contracts.intake.v1.ContactOutcome.ELIGIBILITY_CHECK;
import static org.sportello.contracts.intake.v1.ContactOutcome.INFORMATION_GIVEN;
import static org.sportello.contracts.intake.v1.ContactOutcome.NOT_ELIGIBLE;
import static org.sportello.contracts.intake.v1.ContactOutcome.NO_FURTHER_ACTION;
import static org.sportello.contracts.intake.v1.ContactOutcome.ORIENTATION;
import static org.sportello.contracts.intake.v1.ContactOutcome.REFERRAL;
import static org.sportello.contracts.intake.v1.ContactOutcome.SHORT_SUPPORT_PATH;
import static org.sportello.contracts.intake.v1.ContactOutcome.TAKEN_IN_CHARGE;

/**
 * The arrivals of one month at one office, drawn from that pair's own random streams: new citizens
 * and their stories (first interview, appointments, taking in charge, closing, returning, now and
 * then an erasure on request), and anonymous requests for information. Weights are plausible
 * proportions, not statistics.
 */
final class Arrivals {

    /** Share of a month's users who are new that month; the rest are returning from earlier months. */
    private static final double NEW_SHARE = 0.56;
    private static final double ANONYMOUS_PER_USER = 0.22;
    /** Fewer people in August, a little fewer in December and July, more when schools start. */
    private static final double[] SEASON = {1.05, 1.0, 1.05, 0.95, 1.0, 0.95, 0.85, 0.55, 1.05, 1.1, 1.05, 0.85};

    /** Share of new citizens who ask, soon after coming, for their personal data to be erased. */
    private static final double ERASURE_SHARE = 0.012;
    /** The longest from the contact to the erasure: the case is closed within 3 days, the data erased within 7 more. */
    private static final int MAX_DAYS_TO_ERASE = 10;

    private final DemoOffice office;
    private final OfficeProfiles.Profile profile;
    private final Approach approach;
    private final java.util.Map<LocalDate, List<OpenSlot>> slots;
    private final YearMonth month;
    private final SplittableRandom random;
    private final ErasureRequests requests;
    private final SplittableRandom erasures;
    private final Staff staff;

    /**
     * @param requests  which of the month's new citizens ask for erasure, shared by the month's offices
     * @param erasures  the stream the erasures' details are drawn from, apart from {@code random}'s
     */
    Arrivals(DemoOffice office, YearMonth month, SplittableRandom random, ErasureRequests requests,
             SplittableRandom erasures) {
        this.office = office;
        this.profile = office.profile();
        this.approach = OfficeProfiles.approach(office.municipalityId());
        this.slots = office.byDate();
        this.month = month;
        this.random = random;
        this.requests = requests;
        this.erasures = erasures;
        this.staff = new Staff(office, profile);
    }

    void generate(List<CitizenStory> stories, List<Visit> anonymous, Set<String> fiscalCodes) {
        double expectedUsers = profile.usersPerMonth() * SEASON[month.getMonthValue() - 1];
        int newcomers = noisy(expectedUsers * NEW_SHARE);
        for (int i = 0; i < newcomers; i++) {
            story(fiscalCodes).ifPresent(stories::add);
        }
        int asking = noisy(expectedUsers * ANONYMOUS_PER_USER);
        for (int i = 0; i < asking; i++) {
            anonymousVisit().ifPresent(anonymous::add);
        }
    }

    private Optional<CitizenStory> story(Set<String> fiscalCodes) {
        UserArea area = area();
        Person person = People.person(random, profile, area, month.atDay(1));
        while (!fiscalCodes.add(person.fiscalCode())) {
            person = People.person(random, profile, area, month.atDay(1));
        }
        var first = slot(month.atDay(1), month.atEndOfMonth(), firstContactModes());
        if (first.isEmpty()) {
            return Optional.empty();
        }
        String socialWorker = staff.socialWorker(random);
        List<Step> steps = new ArrayList<>();
        Visit visit = firstVisit(first.get(), area, socialWorker);
        steps.add(visit);
        followUps(steps, visit, area, socialWorker);
        erasure(steps, socialWorker);
        return Optional.of(new CitizenStory(person, steps));
    }

    /**
     * Now and then a citizen asks, soon after coming, for their personal data to be erased: most withdraw
     * their consent or object to the processing, and their case is closed as withdrawn; some, whose need
     * was met, find the data no longer necessary. The request is protocolled and carried out within days,
     * and ends the story: intake refuses contacts for an erased citizen. It comes after a contact of the
     * month the citizen came and is carried out within that month, so that every month has its few
     * erasures and a demo of a month or two shows them.
     */
    private void erasure(List<Step> steps, String socialWorker) {
        requests.newcomer();
        LocalDate lastContact = month.atEndOfMonth().minusDays(MAX_DAYS_TO_ERASE);
        // Not between a contact and the taking in charge it led to.
        List<Integer> ends = new ArrayList<>();
        for (int i = 0; i < steps.size() && !local(steps.get(i).at()).toLocalDate().isAfter(lastContact); i++) {
            if (!(steps.get(i) instanceof Close) && (i + 1 == steps.size() || !(steps.get(i + 1) instanceof TakeInCharge))) {
                ends.add(i);
            }
        }
        if (ends.isEmpty() || !requests.take()) {
            return;
        }
        int end = ends.get(erasures.nextInt(ends.size()));
        steps.subList(end + 1, steps.size()).clear();
        ErasureGround ground = pickWeighted(erasures, new ErasureGround[] {ErasureGround.CONSENT_WITHDRAWN,
                ErasureGround.OBJECTION, ErasureGround.NO_LONGER_NECESSARY}, 50, 30, 20);
        CaseClosureReason reason = ground == ErasureGround.NO_LONGER_NECESSARY ? CaseClosureReason.NEED_MET
                : CaseClosureReason.CITIZEN_WITHDREW;
        Instant closedAt = steps.get(end).at().plusSeconds(86_400L * (1 + erasures.nextInt(3)));
        steps.add(new Close(reason, socialWorker, closedAt));
        Instant at = closedAt.plusSeconds(86_400L * (1 + erasures.nextInt(7)));
        steps.add(new Erase(ground, protocolNumber(at), staff.privacyOffice(), at));
    }

    /**
     * The number the municipality's general register gives the request: counted from 1 each year and
     * growing with the date (one entry every ten minutes, an ordinary town's volume), so that later
     * requests have higher numbers without counting the others.
     */
    private static String protocolNumber(Instant at) {
        LocalDateTime local = local(at);
        LocalDateTime newYear = local.toLocalDate().withDayOfYear(1).atStartOfDay();
        long number = 1 + java.time.Duration.between(newYear, local).toMinutes() / 10;
        return String.format("Prot. %d/%05d", local.getYear(), number);
    }

    /**
     * After the first interview: appointments (or, where an office books none, more visits), maybe taking
     * in charge, maybe closing, maybe a return. {@code last} is when the previous interview is expected:
     * an appointment's real time is scheduling's answer, so later steps are placed after a typical wait.
     */
    private void followUps(List<Step> steps, Visit first, UserArea area, String socialWorker) {
        boolean needsMore = first.outcomes().stream().anyMatch(o -> o == APPOINTMENT_PROPOSED
                || o == SHORT_SUPPORT_PATH || o == DOCUMENTS_REQUESTED || o == ELIGIBILITY_CHECK
                || o == ECONOMIC_SUPPORT_REQUESTED) || first.channel() == Channel.PARTNER_DESK;
        Instant last = first.at();
        Channel lastChannel = first.channel();
        boolean inCharge = false;
        if (random.nextDouble() < (needsMore ? 0.75 : 0.2)) {
            inCharge = random.nextDouble() < approach.takenInCharge();
            List<ContactOutcome> outcomes = inCharge ? List.of(TAKEN_IN_CHARGE)
                    : List.of(approach.secondInterview().pick(random));
            var next = next(last, lastChannel, 5, 30, area, outcomes, socialWorker);
            if (next.isPresent()) {
                steps.add(next.get());
                last = expectedAt(next.get());
                lastChannel = Channel.APPOINTMENT;
                if (inCharge) {
                    steps.add(new TakeInCharge(socialWorker, last.plusSeconds(600)));
                }
            } else {
                inCharge = false;
            }
        }
        // A case in charge goes on with monthly interviews; others may have one more.
        int more = inCharge ? 1 + random.nextInt(4) : random.nextDouble() < 0.15 ? 1 : 0;
        for (int i = 0; i < more; i++) {
            var next = next(last, lastChannel, inCharge ? 20 : 10, inCharge ? 45 : 60, area,
                    List.of(pickWeighted(new ContactOutcome[] {SHORT_SUPPORT_PATH, REFERRAL, ECONOMIC_SUPPORT_REQUESTED,
                            INFORMATION_GIVEN}, 45, 20, 20, 15)), socialWorker);
            if (next.isEmpty()) {
                break;
            }
            steps.add(next.get());
            last = expectedAt(next.get());
            lastChannel = next.get() instanceof Visit visit ? visit.channel() : Channel.APPOINTMENT;
        }
        double closes = inCharge ? 0.6 : 0.45;
        if (random.nextDouble() < closes) {
            CaseClosureReason reason = inCharge
                    ? pickWeighted(new CaseClosureReason[] {CaseClosureReason.NEED_MET, CaseClosureReason.REFERRED_ELSEWHERE,
                    CaseClosureReason.CITIZEN_WITHDREW, CaseClosureReason.MOVED_AWAY,
                    CaseClosureReason.NO_LONGER_REACHABLE}, 50, 30, 8, 5, 7)
                    : pickWeighted(new CaseClosureReason[] {CaseClosureReason.NEED_MET, CaseClosureReason.NO_LONGER_REACHABLE,
                    CaseClosureReason.REFERRED_ELSEWHERE, CaseClosureReason.CITIZEN_WITHDREW}, 45, 30, 15, 10);
            Instant closedAt = last.plusSeconds(86_400L * (7 + random.nextInt(50)));
            steps.add(new Close(reason, socialWorker, closedAt));
            // Some come back months later: the new contact opens a new case.
            if (random.nextDouble() < 0.12) {
                LocalDate from = local(closedAt).toLocalDate().plusDays(30);
                var back = slot(from, from.plusDays(120), firstContactModes());
                back.ifPresent(b -> steps.add(firstVisit(b, area, socialWorker)));
            }
        }
    }

    private Optional<Visit> anonymousVisit() {
        var when = slot(month.atDay(1), month.atEndOfMonth(), firstContactModes());
        if (when.isEmpty()) {
            return Optional.empty();
        }
        Channel channel = office.channel(when.get().open().mode());
        List<Operator> operators = channel == Channel.PARTNER_DESK ? List.of(staff.volunteer())
                : List.of(staff.administrative());
        List<Need> needs = random.nextDouble() < 0.3 ? List.of() : List.of(need(area(), 1));
        ContactOutcome outcome = approach.anonymous().pick(random);
        return Optional.of(new Visit(office.id(), channel, when.get().instant(), operators, needs,
                List.of(outcome)));
    }

    private Visit firstVisit(Slot slot, UserArea area, String socialWorker) {
        Channel channel = office.channel(slot.open().mode());
        List<ContactOutcome> outcomes = new ArrayList<>();
        if (channel == Channel.PARTNER_DESK) {
            // A partner desk orients and refers; it does not screen.
            outcomes.add(pickWeighted(new ContactOutcome[] {ORIENTATION, REFERRAL, INFORMATION_GIVEN}, 50, 30, 20));
        } else if (random.nextDouble() < profile.careShare()) {
            outcomes.add(approach.care().pick(random));
        } else {
            outcomes.add(approach.control().pick(random));
        }
        if (area == UserArea.POVERTY_AND_ADULT_HARDSHIP && !outcomes.contains(NOT_ELIGIBLE)
                && !outcomes.contains(ECONOMIC_SUPPORT_REQUESTED) && channel != Channel.PARTNER_DESK
                && random.nextDouble() < approach.economicScreening()) {
            outcomes.add(ECONOMIC_SUPPORT_REQUESTED);
        }
        if ((area == UserArea.ADDICTIONS && random.nextDouble() < 0.4 || area == UserArea.DISABILITY
                && random.nextDouble() < 0.2) && !outcomes.contains(REFERRAL)) {
            outcomes.add(REFERRAL);
        }
        return new Visit(office.id(), channel, slot.instant(), operators(channel, area, socialWorker),
                List.of(need(area, random.nextDouble() < 0.35 ? 2 : 1)), outcomes);
    }

    private Visit followUp(Slot slot, UserArea area, String socialWorker, List<ContactOutcome> outcomes) {
        // One follow-up in ten is an exchange of e-mails, answered during office hours.
        Channel channel = slot.open().mode() != Mode.PHONE_LINE && !office.partnerDesk() && random.nextDouble() < 0.1
                ? Channel.EMAIL
                : office.channel(slot.open().mode());
        return new Visit(office.id(), channel, slot.instant(), operators(channel, area, socialWorker),
                List.of(need(area, 1)), outcomes);
    }

    private List<Operator> operators(Channel channel, UserArea area, String socialWorker) {
        Operator worker = new Operator(socialWorker, OperatorRole.SOCIAL_WORKER);
        return switch (channel) {
            case PARTNER_DESK -> List.of(staff.volunteer());
            case PHONE, EMAIL -> random.nextBoolean() ? List.of(staff.administrative()) : List.of(worker);
            case WALK_IN -> random.nextDouble() < 0.3 ? List.of(staff.administrative(), worker) : List.of(worker);
            // Appointments' operators are the ones scheduling booked; the runner sets them.
            case APPOINTMENT -> List.of(worker);
        };
    }

    private Need need(UserArea area, int categories) {
        List<NeedCategory> chosen = new ArrayList<>();
        int wanted = area == UserArea.MULTI_AREA ? 2 + random.nextInt(2) : categories;
        while (chosen.size() < wanted) {
            NeedCategory category = category(area);
            if (!chosen.contains(category)) {
                chosen.add(category);
            }
        }
        return new Need(area, chosen);
    }

    private NeedCategory category(UserArea area) {
        return switch (area) {
            case FAMILY_AND_MINORS -> pickWeighted(new NeedCategory[] {NeedCategory.FAMILY_RELATIONS,
                    NeedCategory.EDUCATION, NeedCategory.INCOME, NeedCategory.HOUSING, NeedCategory.HEALTH}, 35, 25, 20, 15, 5);
            case DISABILITY -> pickWeighted(new NeedCategory[] {NeedCategory.CARE_OF_DEPENDENT, NeedCategory.HEALTH,
                    NeedCategory.WORK, NeedCategory.DIGITAL_ACCESS, NeedCategory.INCOME}, 40, 25, 15, 10, 10);
            case ADDICTIONS -> pickWeighted(new NeedCategory[] {NeedCategory.HEALTH, NeedCategory.FAMILY_RELATIONS,
                    NeedCategory.WORK, NeedCategory.HOUSING}, 45, 20, 20, 15);
            case ELDERLY -> pickWeighted(new NeedCategory[] {NeedCategory.CARE_OF_DEPENDENT, NeedCategory.HEALTH,
                    NeedCategory.ISOLATION, NeedCategory.DIGITAL_ACCESS, NeedCategory.INCOME}, 35, 20, 20, 15, 10);
            case IMMIGRANTS -> pickWeighted(new NeedCategory[] {NeedCategory.DOCUMENTS_AND_LEGAL, NeedCategory.WORK,
                    NeedCategory.HOUSING, NeedCategory.EDUCATION, NeedCategory.INCOME}, 35, 25, 20, 10, 10);
            case POVERTY_AND_ADULT_HARDSHIP -> pickWeighted(new NeedCategory[] {NeedCategory.INCOME,
                    NeedCategory.HOUSING, NeedCategory.WORK, NeedCategory.HEALTH, NeedCategory.OTHER}, 35, 25, 25, 5, 10);
            case MULTI_AREA -> pickWeighted(new NeedCategory[] {NeedCategory.INCOME, NeedCategory.HOUSING,
                    NeedCategory.FAMILY_RELATIONS, NeedCategory.HEALTH, NeedCategory.CARE_OF_DEPENDENT}, 1, 1, 1, 1, 1);
        };
    }

    /** Weighted by the office's profile, iterating in the enum's order so the draw is reproducible. */
    private UserArea area() {
        UserArea[] areas = UserArea.values();
        int[] weights = new int[areas.length];
        for (int i = 0; i < areas.length; i++) {
            weights[i] = profile.areas().getOrDefault(areas[i], 0);
        }
        return pickWeighted(areas, weights);
    }

    private Set<Mode> firstContactModes() {
        return EnumSet.of(Mode.WALK_IN, Mode.PHONE_LINE);
    }

    /**
     * The next interview: where the office books appointments, one requested through scheduling (at the
     * desk right after a visit, or on the phone line after a call; Corsico books only by phone or online,
     * a few days later); elsewhere (a partner desk) another visit {@code minDays} to {@code maxDays} on.
     */
    private Optional<Step> next(Instant previous, Channel previousChannel, int minDays, int maxDays, UserArea area,
                                List<ContactOutcome> outcomes, String socialWorker) {
        LocalDate day = local(previous).toLocalDate();
        if (!office.has(Mode.BY_APPOINTMENT)) {
            return slot(day.plusDays(minDays), day.plusDays(maxDays), EnumSet.of(Mode.WALK_IN))
                    .map(s -> followUp(s, area, socialWorker, outcomes));
        }
        if (random.nextDouble() < 0.1) {
            // Now and then the next step is an exchange of e-mails, answered during the office's hours.
            return slot(day.plusDays(1), day.plusDays(maxDays), EnumSet.of(Mode.WALK_IN))
                    .map(s -> new Visit(office.id(), Channel.EMAIL, s.instant(), operators(Channel.EMAIL, area, socialWorker),
                            List.of(need(area, 1)), outcomes));
        }
        String via;
        Instant requestedAt;
        if (office.id().equals("corsico")) {
            if (random.nextDouble() < 0.5) {
                via = "ONLINE";
                requestedAt = previous.plusSeconds(3_600L * (2 + random.nextInt(72)));
            } else {
                via = "PHONE_LINE";
                Optional<Slot> call = slot(day.plusDays(1), day.plusDays(7), EnumSet.of(Mode.PHONE_LINE));
                if (call.isEmpty()) {
                    return Optional.empty();
                }
                requestedAt = call.get().instant();
            }
        } else {
            via = previousChannel == Channel.PHONE ? "PHONE_LINE" : "DESK";
            requestedAt = previous.plusSeconds(60L * (10 + random.nextInt(20)));
        }
        AppointmentOutcome outcome = pickWeighted(AppointmentOutcome.values(), 78, 10, 8, 4);
        return Optional.of(new Appointment(office.id(), via, requiredRoles(area), 60, requestedAt, outcome,
                List.of(need(area, 1)), outcomes));
    }

    /**
     * Massa puts a social worker and an educator together at every interview; elsewhere families and
     * disability often need both (as often as the municipality's approach has it), the rest a social worker.
     */
    private List<OperatorRole> requiredRoles(UserArea area) {
        boolean both = office.id().equals("massa")
                || area == UserArea.FAMILY_AND_MINORS && random.nextDouble() < approach.jointFamilies()
                || area == UserArea.DISABILITY && random.nextDouble() < approach.jointFamilies() / 2;
        return both ? List.of(OperatorRole.SOCIAL_WORKER, OperatorRole.EDUCATOR) : List.of(OperatorRole.SOCIAL_WORKER);
    }

    /** When an interview is expected to happen: a visit at its time, an appointment after a typical wait. */
    private static Instant expectedAt(Step step) {
        return step instanceof Appointment ? step.at().plusSeconds(86_400L * 14) : step.at();
    }

    /**
     * A moment, uniformly among the office's open slot-minutes of these modes between the two days, as
     * scheduling listed them (closures left out).
     */
    private Optional<Slot> slot(LocalDate from, LocalDate to, Set<Mode> modes) {
        List<Slot> open = new ArrayList<>();
        int totalMinutes = 0;
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            for (OpenSlot hours : slots.getOrDefault(day, List.of())) {
                if (modes.contains(hours.mode())) {
                    open.add(new Slot(day, hours, null));
                    totalMinutes += minutes(hours);
                }
            }
        }
        if (open.isEmpty()) {
            return Optional.empty();
        }
        int minute = random.nextInt(totalMinutes);
        for (Slot candidate : open) {
            int length = minutes(candidate.open());
            if (minute < length) {
                LocalTime time = candidate.open().from().plusMinutes(minute).withSecond(random.nextInt(60));
                LocalDateTime local = candidate.day().atTime(time);
                return Optional.of(new Slot(candidate.day(), candidate.open(),
                        local.atZone(DemoOffice.ZONE).toInstant()));
            }
            minute -= length;
        }
        throw new IllegalStateException("minute outside the slots");
    }

    /** Minutes in which a contact may start: not in the last five, when the door closes. */
    private static int minutes(OpenSlot hours) {
        return Math.max(1, (int) java.time.Duration.between(hours.from(), hours.to()).toMinutes() - 5);
    }

    private int noisy(double mean) {
        return (int) Math.round(mean * (0.9 + 0.2 * random.nextDouble()));
    }

    private <T> T pickWeighted(T[] items, int... weights) {
        return pickWeighted(random, items, weights);
    }

    private static <T> T pickWeighted(SplittableRandom random, T[] items, int... weights) {
        int total = 0;
        for (int weight : weights) {
            total += weight;
        }
        int draw = random.nextInt(total);
        for (int i = 0; i < items.length; i++) {
            draw -= weights[i];
            if (draw < 0) {
                return items[i];
            }
        }
        return items[items.length - 1];
    }

    private static LocalDateTime local(Instant instant) {
        return LocalDateTime.ofInstant(instant, DemoOffice.ZONE);
    }

    /**
     * When the month's erasure requests fall due: one for every {@code 1 / ERASURE_SHARE} new citizens
     * across the month's offices, from a random start, taken by the next new citizen who can make it.
     * Spread evenly rather than drawn one by one, so that no month is without (independent draws leave
     * many a short demo with none), and a month's count still does not depend on the period around it.
     */
    static final class ErasureRequests {

        private double due;

        /** @param start in [0, 1): how far the month's first request is already due */
        ErasureRequests(double start) {
            this.due = start;
        }

        void newcomer() {
            due += ERASURE_SHARE;
        }

        /** Whether a request is due, taking it if so. */
        boolean take() {
            if (due < 1) {
                return false;
            }
            due -= 1;
            return true;
        }
    }

    /** A slot on a given day and, once drawn, the instant of the contact in it. */
    private record Slot(LocalDate day, OpenSlot open, Instant instant) {
    }

    /** The office's staff: enough social workers for its volume, an educator, front-desk staff, volunteers. */
    private static final class Staff {

        private final String officeId;
        private final String caseworkers;
        private final OfficeProfiles.Profile profile;
        private final int socialWorkers;

        /**
         * The same operator ids as {@link Seed}'s staff registers at scheduling. A partner desk has
         * volunteers only: the cases it opens are followed by the town's secretariat's social workers.
         */
        Staff(DemoOffice office, OfficeProfiles.Profile profile) {
            this.officeId = office.id();
            this.caseworkers = office.partnerDesk() ? office.municipalityId() : office.id();
            this.profile = profile;
            this.socialWorkers = Math.max(1, (OfficeProfiles.has(caseworkers) ? OfficeProfiles.of(caseworkers)
                    : profile).usersPerMonth() / 25);
        }

        String socialWorker(SplittableRandom random) {
            return caseworkers + "-sw" + (1 + random.nextInt(socialWorkers));
        }

        Operator administrative() {
            return new Operator(officeId + "-adm1", OperatorRole.ADMINISTRATIVE);
        }

        Operator volunteer() {
            return new Operator(officeId + "-pv1", OperatorRole.PARTNER_VOLUNTEER);
        }

        /** Who handles data-protection requests: one per municipality, whichever office the citizen came to. */
        String privacyOffice() {
            return profile.residence().toLowerCase(Locale.ROOT).replace(' ', '-') + "-privacy";
        }
    }
}
