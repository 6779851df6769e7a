package org.sportello.launcher.demo;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.UUID;

import org.sportello.contracts.intake.v1.Need;
import org.sportello.contracts.intake.v1.NeedCategory;

/**
 * Which of the demo's open cases are referred to which provider, with what consent, when, and what
 * becomes of each referral and when: a pure function of the seed, the cases and the time the demo
 * stops at, so a seed gives the same history every time.
 *
 * <p>A case is a candidate when a contact in it ended with the outcome REFERRAL and it is still open
 * (not closed, its citizen not erased) when the contacts are all recorded. At most {@link #MAX_REFERRALS}
 * of them, chosen evenly over the period by contact time, so the funnel report has every month. Each is
 * recorded after the fact: sent at its contact's time or a few hours or working days later, answered
 * within its provider's deadline or, now and then, days past it; completed or withdrawn later still.
 * Every time is capped at {@code notAfter}: a referral whose next step would fall in the future stops
 * where it is (a recent referral is still waiting, or accepted and not yet completed), as at a real
 * office. The provider is the district's service for the need (work to the employment centre, housing
 * to housing, income to food and basic needs where a partner has it, documents to a CAF or patronato,
 * digital access to a digital facilitation point, otherwise by user area). Fates: most are accepted
 * and many of those completed; some rejected with a reason; some withdrawn by the office; a few
 * citizens withdraw their consent; some are never answered, the classic failure: OVERDUE once their
 * deadline has passed.
 */
public final class ReferralScenario {

    /** At most this many referrals, spread over the period: enough for every report row, quick to send. */
    static final int MAX_REFERRALS = 240;
    /** Share of answers that come after the provider's deadline. */
    static final double LATE_ANSWERS = 0.25;
    private static final ZoneId ZONE = DemoOffice.ZONE;

    /** A case the demo left open after a contact that ended in REFERRAL. */
    public record Candidate(int story, UUID citizenId, UUID caseId, String operatorId, String officeId,
                            String districtId, Need need, String phone, Instant contactAt) {
    }

    /** The consent as {@code POST /api/referrals} takes it; {@code witness} and {@code guardian} may be null. */
    public record Consent(String givenBy, Instant givenAt, String form, String witness, String guardian,
                          List<String> shareScope) {
    }

    public enum Fate {
        UNANSWERED,
        REJECTED,
        ACCEPTED,
        COMPLETED,
        WITHDRAWN_BEFORE_ANSWER,
        WITHDRAWN_AFTER_ACCEPTANCE,
        CONSENT_WITHDRAWN
    }

    /**
     * One referral to send and play: {@code sharedContact} and {@code caseSummary} only with their scope;
     * {@code code} is the rejection reason, completion outcome or withdrawal reason its fate needs.
     * {@code sentAt} is when it was sent, {@code answeredAt} when the provider accepted or rejected it (or
     * null), {@code endedAt} when it was completed, withdrawn or its consent withdrawn (or null);
     * {@code dueBy} its last day by the launcher's calendar, and {@code late} whether the answer came after it.
     */
    public record Planned(Candidate candidate, Providers.Provider provider, Consent consent, String sharedContact,
                          String caseSummary, Fate fate, String code, Instant sentAt, Instant answeredAt,
                          Instant endedAt, LocalDate dueBy, boolean late) {

        /** Its times in the order they happened. */
        public List<Instant> times() {
            List<Instant> times = new ArrayList<>(List.of(consent.givenAt(), sentAt));
            if (answeredAt != null) {
                times.add(answeredAt);
            }
            if (endedAt != null) {
                times.add(endedAt);
            }
            return times;
        }

        /** When its deadline passes: the start of the day after {@code dueBy}, in Rome. */
        public Instant deadlinePassesAt() {
            return dueBy.plusDays(1).atStartOfDay(ZONE).toInstant();
        }
    }

    private static final String[] WITNESSES = {"Laura Bianchi, educatrice", "Paolo Ferri, assistente sociale",
            "Giulia Conti, operatrice di sportello", "Marco Villa, educatore"};
    private static final String[] GUARDIANS = {"Anna Colombo (madre)", "Luca Brambilla (padre)",
            "Avv. Silvia Riva, amministratrice di sostegno", "Franco Galli, tutore"};

    private ReferralScenario() {
    }

    /** The referrals of {@code candidates} up to {@code notAfter}, no time of any after it. */
    public static List<Planned> plan(long seed, List<Candidate> candidates, Providers providers, Instant notAfter) {
        SplittableRandom random = new SplittableRandom(seed * 31 + 11);
        List<Candidate> referable = candidates.stream()
                .filter(c -> provider(c, providers).isPresent())
                .sorted(Comparator.comparing(Candidate::contactAt).thenComparing(Candidate::story)).toList();
        List<Planned> planned = new ArrayList<>();
        for (Candidate candidate : spread(referable)) {
            planned.add(plan(random, candidate, provider(candidate, providers).orElseThrow(), notAfter));
        }
        return planned;
    }

    /** At most {@link #MAX_REFERRALS} of them, evenly over their order (by contact time): the whole period. */
    private static List<Candidate> spread(List<Candidate> ordered) {
        if (ordered.size() <= MAX_REFERRALS) {
            return ordered;
        }
        List<Candidate> chosen = new ArrayList<>();
        for (int i = 0; i < MAX_REFERRALS; i++) {
            chosen.add(ordered.get((int) ((long) i * ordered.size() / MAX_REFERRALS)));
        }
        return chosen;
    }

    private static Optional<Providers.Provider> provider(Candidate candidate, Providers providers) {
        return providers.of(candidate.districtId(), serviceType(candidate.need(), candidate.districtId(), providers));
    }

    /** The service a need is referred to in a district: its categories first, then its user area. */
    static String serviceType(Need need, String districtId, Providers providers) {
        List<NeedCategory> categories = need.categories();
        if (categories.contains(NeedCategory.WORK)) {
            return "EMPLOYMENT_CENTRE";
        }
        if (categories.contains(NeedCategory.HOUSING)) {
            return "HOUSING";
        }
        if (categories.contains(NeedCategory.DIGITAL_ACCESS)) {
            return "DIGITAL_FACILITATION";
        }
        if (categories.contains(NeedCategory.DOCUMENTS_AND_LEGAL)) {
            return "LEGAL_AND_TAX_HELP";
        }
        if (categories.contains(NeedCategory.INCOME) && providers.of(districtId, "FOOD_AND_BASIC_NEEDS").isPresent()) {
            return "FOOD_AND_BASIC_NEEDS";
        }
        return switch (need.userArea()) {
            case FAMILY_AND_MINORS -> "MINORS_PROTECTION";
            case DISABILITY -> "DISABILITY";
            case ADDICTIONS -> "ADDICTIONS";
            case ELDERLY -> "ELDERLY_CARE";
            case IMMIGRANTS -> "LEGAL_AND_TAX_HELP";
            case POVERTY_AND_ADULT_HARDSHIP, MULTI_AREA -> categories.contains(NeedCategory.HEALTH)
                    ? "MENTAL_HEALTH" : "EMPLOYMENT_CENTRE";
        };
    }

    private static Planned plan(SplittableRandom random, Candidate candidate, Providers.Provider provider,
                                Instant notAfter) {
        boolean guardian = provider.serviceType().equals("MINORS_PROTECTION")
                || (provider.serviceType().equals("DISABILITY") || provider.serviceType().equals("ELDERLY_CARE"))
                && random.nextDouble() < 0.25;
        String form = pick(random, new String[] {"SIGNED", "VERBAL_WITH_WITNESS", "DIGITAL"}, 60, 25, 15);
        List<String> scope = new ArrayList<>();
        if (random.nextDouble() < 0.95) {
            scope.add("NEEDS");
        }
        boolean contact = candidate.phone() != null && random.nextDouble() < 0.7;
        if (contact) {
            scope.add("CONTACT_DETAILS");
        }
        boolean summary = random.nextDouble() < 0.35 || scope.isEmpty();
        if (summary) {
            scope.add("CASE_SUMMARY");
        }
        Consent consent = new Consent(guardian ? "LEGAL_GUARDIAN" : "CITIZEN", candidate.contactAt(), form,
                form.equals("VERBAL_WITH_WITNESS") ? WITNESSES[random.nextInt(WITNESSES.length)] : null,
                guardian ? GUARDIANS[random.nextInt(GUARDIANS.length)] : null, List.copyOf(scope));
        String sharedContact = contact ? "tel. " + candidate.phone() + ", mattina" : null;
        String caseSummary = summary ? summary(candidate.need()) : null;

        // A provider that must answer by the next working day is left unanswered more often: the overdue list.
        double unanswered = provider.deadlineWorkingDays() <= 2 ? 0.25 : 0.08;
        double r = random.nextDouble();
        Fate fate;
        String code = null;
        if (r < 0.05) {
            fate = Fate.WITHDRAWN_BEFORE_ANSWER;
            code = pick(random, new String[] {"NO_LONGER_NEEDED", "CITIZEN_REQUEST", "SENT_IN_ERROR", "OTHER"},
                    45, 30, 15, 10);
        } else if (r < 0.08) {
            fate = Fate.CONSENT_WITHDRAWN;
        } else if (r < 0.08 + unanswered) {
            fate = Fate.UNANSWERED;
        } else if (r < 0.20 + unanswered) {
            fate = Fate.REJECTED;
            code = pick(random, new String[] {"NOT_COMPETENT", "NO_CAPACITY", "NOT_ELIGIBLE", "DUPLICATE", "OTHER"},
                    30, 30, 20, 5, 15);
        } else {
            double after = random.nextDouble();
            if (after < 0.55) {
                fate = Fate.COMPLETED;
                code = pick(random, new String[] {"SERVICE_STARTED", "CITIZEN_DID_NOT_GO", "CITIZEN_DECLINED",
                        "REDIRECTED", "OTHER"}, 65, 15, 8, 7, 5);
            } else if (after < 0.63) {
                fate = Fate.WITHDRAWN_AFTER_ACCEPTANCE;
                code = "CITIZEN_REQUEST";
            } else {
                fate = Fate.ACCEPTED;
            }
        }

        // When: sent at the interview or later that day, or typed in a few working days later.
        Instant sentAt = random.nextDouble() < 0.55
                ? candidate.contactAt().plus(Duration.ofMinutes(10 + random.nextInt(230)))
                : officeHours(random, workingDaysAfter(day(candidate.contactAt()), 1 + random.nextInt(3)));
        sentAt = min(sentAt, notAfter);
        int deadline = provider.deadlineWorkingDays();
        LocalDate dueBy = workingDaysAfter(day(sentAt), deadline);
        // On time: by the day before the last (so a holiday the calendars disagree on changes nothing); late:
        // two working days past it or more.
        boolean late = random.nextDouble() < LATE_ANSWERS;
        int answerDays = late ? deadline + 2 + random.nextInt(Math.max(3, deadline) + 1) : random.nextInt(deadline);
        Instant answeredAt = answerDays == 0 ? sentAt.plus(Duration.ofMinutes(30 + random.nextInt(270)))
                : officeHours(random, workingDaysAfter(day(sentAt), answerDays));
        Instant endedAt = switch (fate) {
            case COMPLETED -> officeHours(random, workingDaysAfter(day(answeredAt), 5 + random.nextInt(36)));
            case WITHDRAWN_AFTER_ACCEPTANCE -> officeHours(random, workingDaysAfter(day(answeredAt),
                    2 + random.nextInt(29)));
            case WITHDRAWN_BEFORE_ANSWER -> officeHours(random, workingDaysAfter(day(sentAt),
                    1 + random.nextInt(deadline + 3)));
            case CONSENT_WITHDRAWN -> officeHours(random, workingDaysAfter(day(sentAt), 1 + random.nextInt(15)));
            default -> null;
        };
        boolean answered = fate == Fate.REJECTED || fate == Fate.ACCEPTED || fate == Fate.COMPLETED
                || fate == Fate.WITHDRAWN_AFTER_ACCEPTANCE;
        if (!answered) {
            answeredAt = null;
        }
        // What has not happened yet by the end of the demo has not happened: the referral stops where it is.
        if (answeredAt != null && answeredAt.isAfter(notAfter)) {
            fate = Fate.UNANSWERED;
            answeredAt = null;
            endedAt = null;
            code = null;
        } else if (endedAt != null && endedAt.isAfter(notAfter)) {
            fate = answeredAt != null ? Fate.ACCEPTED : Fate.UNANSWERED;
            endedAt = null;
            code = null;
        }
        return new Planned(candidate, provider, consent, sharedContact, caseSummary, fate, code, sentAt, answeredAt,
                endedAt, dueBy, answeredAt != null && late);
    }

    /** The {@code count}th working day after {@code from} (Monday to Friday, not a national holiday). */
    static LocalDate workingDaysAfter(LocalDate from, int count) {
        LocalDate day = from;
        int counted = 0;
        while (counted < count) {
            day = day.plusDays(1);
            if (day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY
                    && !Holidays.isNational(day)) {
                counted++;
            }
        }
        return day;
    }

    /** A time in the office's working hours (9:00 to 17:00 in Rome) on {@code day}. */
    private static Instant officeHours(SplittableRandom random, LocalDate day) {
        return day.atTime(LocalTime.of(9, 0)).plusMinutes(random.nextInt(8 * 60)).atZone(ZONE).toInstant();
    }

    private static LocalDate day(Instant at) {
        return LocalDate.ofInstant(at, ZONE);
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }

    private static String summary(Need need) {
        String area = switch (need.userArea()) {
            case FAMILY_AND_MINORS -> "famiglia e minori";
            case DISABILITY -> "disabilità";
            case ADDICTIONS -> "dipendenze";
            case ELDERLY -> "anziani";
            case IMMIGRANTS -> "immigrazione";
            case POVERTY_AND_ADULT_HARDSHIP -> "povertà e disagio adulto";
            case MULTI_AREA -> "più aree";
        };
        return "Persona seguita dal segretariato sociale (area " + area + "); primo colloquio svolto, invio concordato "
                + "con la persona.";
    }

    private static String pick(SplittableRandom random, String[] values, int... weights) {
        int total = 0;
        for (int weight : weights) {
            total += weight;
        }
        int draw = random.nextInt(total);
        for (int i = 0; i < values.length; i++) {
            draw -= weights[i];
            if (draw < 0) {
                return values[i];
            }
        }
        return values[values.length - 1];
    }
}
