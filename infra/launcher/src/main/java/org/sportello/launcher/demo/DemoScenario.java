package org.sportello.launcher.demo;

import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.Stream;

import org.sportello.contracts.intake.v1.CaseClosureReason;
import org.sportello.contracts.intake.v1.Channel;
import org.sportello.contracts.intake.v1.ContactOutcome;
import org.sportello.contracts.intake.v1.Need;
import org.sportello.contracts.intake.v1.Operator;
import org.sportello.contracts.intake.v1.OperatorRole;

/**
 * What the demo will record, computed in full before any request: a pure function of the seed and the
 * period, so a seed always gives the same citizens, contacts and cases (the services add their own ids).
 *
 * <p>Each office and month draws from a random stream of its own (seeded from the seed, the office and
 * the month), so a month's arrivals do not depend on the length of the period; stories that run past
 * its end or past {@code notAfter} are cut there, as they would be in reality; and the months just before
 * the period are generated too but not recorded, so that it opens with returning citizens, not only
 * newcomers. New citizens arrive at the
 * office's slots; a first interview either starts help at once (care) or screens (control), in the
 * office's proportion and as its municipality's {@link Approach} answers (Monza care-leaning, Messina
 * control-leaning); some come back for appointments, some are taken in charge, cases are closed
 * with a reason, a few return after closure with a new case, about one in a hundred asks soon after
 * coming for their personal data to be erased (their case is closed, then the data erased); and people
 * who give no name ask for information (anonymous contacts). Nothing is placed after {@code notAfter}:
 * intake refuses contacts in the future.
 */
public record DemoScenario(YearMonth firstMonth, YearMonth lastMonth, List<CitizenStory> stories,
                           List<Visit> anonymousContacts) {

    /** One step of a citizen's story, in order; {@code at} is when it happens in the simulation. */
    public sealed interface Step permits Visit, Appointment, TakeInCharge, Close, Erase {
        Instant at();
    }

    /** How an appointment ends; scheduling records it, and an attended one is a contact at intake. */
    public enum AppointmentOutcome {
        ATTENDED,
        NO_SHOW,
        CANCELLED_BY_CITIZEN,
        CANCELLED_BY_OFFICE
    }

    /**
     * An appointment requested at {@code at} ({@code requestedVia} ONLINE, PHONE_LINE or DESK) with the
     * operators of {@code requiredRoles} together, booked from scheduling's first proposal: when it
     * falls is scheduling's answer, not the scenario's. If it is attended, the interview is recorded at
     * intake as a contact with channel APPOINTMENT, the appointment's id, these needs and outcomes.
     */
    public record Appointment(String officeId, String requestedVia, List<OperatorRole> requiredRoles,
                              int durationMinutes, Instant at, AppointmentOutcome outcome, List<Need> needs,
                              List<ContactOutcome> outcomes) implements Step {
    }

    /** A contact at an office. */
    public record Visit(String officeId, Channel channel, Instant at, List<Operator> operators, List<Need> needs,
                        List<ContactOutcome> outcomes) implements Step {
    }

    /** The citizen's current case is taken in charge by {@code operatorId}. */
    public record TakeInCharge(String operatorId, Instant at) implements Step {
    }

    /** The citizen's current case is closed by {@code operatorId}. */
    public record Close(CaseClosureReason reason, String operatorId, Instant at) implements Step {
    }

    /**
     * At the citizen's request, {@code adminId} erases their personal data; always the story's last step,
     * since intake refuses contacts for an erased citizen. Intake stamps the erasure with its own clock:
     * {@code at} only places it in the story and against the period's end.
     *
     * @param reference the municipality's protocol number of the request, as the erasure register shows it
     */
    public record Erase(ErasureGround ground, String reference, String adminId, Instant at) implements Step {
    }

    /** A named citizen and everything that happens to them, in order. */
    public record CitizenStory(Person person, List<Step> steps) {

        public List<Visit> visits() {
            return steps.stream().filter(Visit.class::isInstance).map(Visit.class::cast).toList();
        }

        public List<Appointment> appointments() {
            return steps.stream().filter(Appointment.class::isInstance).map(Appointment.class::cast).toList();
        }
    }

    /** Months generated before the period, so that it starts with returning citizens too. */
    private static final int WARM_UP_MONTHS = 4;

    /** The first month the scenario draws (before the period: returning citizens), for the hours it needs. */
    public static YearMonth warmUpStart(YearMonth firstMonth) {
        return firstMonth.minusMonths(WARM_UP_MONTHS);
    }

    /**
     * @param offices  the offices as scheduling lists them, with their open slots from {@link #warmUpStart}
     *                 to the end of {@code lastMonth}; drawn in the order of {@link Seed#OFFICE_IDS}
     * @param notAfter nothing happens after this instant (now, when the demo runs up to the current month)
     */
    public static DemoScenario generate(long seed, YearMonth firstMonth, YearMonth lastMonth, Instant notAfter,
                                        List<DemoOffice> offices) {
        if (lastMonth.isBefore(firstMonth)) {
            throw new IllegalArgumentException(firstMonth + " is after " + lastMonth);
        }
        Instant periodStart = firstMonth.atDay(1).atStartOfDay(DemoOffice.ZONE).toInstant();
        Instant periodEnd = lastMonth.plusMonths(1).atDay(1).atStartOfDay(DemoOffice.ZONE).toInstant();
        Instant cutoff = notAfter.isBefore(periodEnd) ? notAfter : periodEnd;
        List<CitizenStory> stories = new ArrayList<>();
        List<Visit> anonymous = new ArrayList<>();
        Set<String> fiscalCodes = new HashSet<>();
        // Citizens who first came before the period return during it, as they would in a real office.
        for (YearMonth month = firstMonth.minusMonths(WARM_UP_MONTHS); !month.isAfter(lastMonth); month = month.plusMonths(1)) {
            // Erasures draw from streams of their own, so adding them left every story without one as it was.
            var requests = new Arrivals.ErasureRequests(new SplittableRandom(~mix(seed, -1, month)).nextDouble());
            for (DemoOffice office : offices) {
                // The office's place in the seed, not in the list: a stream per office whatever else is listed.
                int o = Seed.OFFICE_IDS.indexOf(office.id());
                SplittableRandom random = new SplittableRandom(mix(seed, o, month));
                SplittableRandom erasures = new SplittableRandom(~mix(seed, o, month));
                new Arrivals(office, month, random, requests, erasures).generate(stories, anonymous, fiscalCodes);
            }
        }
        List<CitizenStory> kept = stories.stream().map(s -> within(s, periodStart, cutoff))
                .filter(s -> !s.steps().isEmpty()).sorted(Comparator.comparing(s -> s.steps().get(0).at())).toList();
        List<Visit> keptAnonymous = anonymous.stream().filter(v -> !v.at().isBefore(periodStart) && !v.at().isAfter(cutoff))
                .sorted(Comparator.comparing(Visit::at)).toList();
        return new DemoScenario(firstMonth, lastMonth, kept, keptAnonymous);
    }

    /** Every contact, named and anonymous. */
    public Stream<Visit> visits() {
        return Stream.concat(stories.stream().flatMap(s -> s.visits().stream()), anonymousContacts.stream());
    }

    /** Every appointment requested. */
    public Stream<Appointment> appointments() {
        return stories.stream().flatMap(s -> s.appointments().stream());
    }

    /**
     * Steps the demo will play, as its progress counts them: a registration per citizen, one per step, one
     * per anonymous contact.
     */
    public int requestCount() {
        return stories.stream().mapToInt(s -> 1 + s.steps().size()).sum() + anonymousContacts.size();
    }

    /**
     * The steps inside the period: what happened before it is not recorded (the citizen's first recorded
     * contact opens their case), and at the cutoff the story simply has not gone further yet.
     */
    private static CitizenStory within(CitizenStory story, Instant start, Instant cutoff) {
        List<Step> steps = new ArrayList<>();
        for (Step step : story.steps()) {
            if (step.at().isAfter(cutoff)) {
                break;
            }
            if (!step.at().isBefore(start) && (!steps.isEmpty() || step instanceof Visit || step instanceof Appointment)) {
                steps.add(step);
            }
        }
        return new CitizenStory(story.person(), steps);
    }

    private static long mix(long seed, int office, YearMonth month) {
        long z = seed * 0x9E3779B97F4A7C15L + office * 0xBF58476D1CE4E5B9L + month.getYear() * 12L + month.getMonthValue();
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
