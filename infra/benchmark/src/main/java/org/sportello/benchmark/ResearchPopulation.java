package org.sportello.benchmark;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.function.Consumer;

import org.sportello.contracts.intake.IntakeTopic;
import org.sportello.contracts.intake.v1.CaseClosed;
import org.sportello.contracts.intake.v1.CaseClosureReason;
import org.sportello.contracts.intake.v1.CaseOpened;
import org.sportello.contracts.intake.v1.CaseTakenInCharge;
import org.sportello.contracts.intake.v1.Channel;
import org.sportello.contracts.intake.v1.CitizenRegistered;
import org.sportello.contracts.intake.v1.ContactOutcome;
import org.sportello.contracts.intake.v1.ContactRecorded;
import org.sportello.contracts.intake.v1.Need;
import org.sportello.contracts.intake.v1.NeedCategory;
import org.sportello.contracts.intake.v1.Operator;
import org.sportello.contracts.intake.v1.OperatorRole;
import org.sportello.contracts.intake.v1.Sex;
import org.sportello.contracts.intake.v1.UserArea;
import org.sportello.contracts.scheduling.SchedulingTopic;
import org.sportello.contracts.scheduling.v1.DistrictCreated;
import org.sportello.contracts.scheduling.v1.MunicipalityCreated;
import org.sportello.contracts.scheduling.v1.OfficeCreated;
import org.sportello.contracts.scheduling.v1.OfficeKind;

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
 * A synthetic population of first accesses for the {@code research} benchmark, as the services would
 * publish it: one district of municipalities of four offices (a central one and three neighbourhood
 * offices) on scheduling's topic, then citizens, their cases, contacts, takings in charge and closings
 * on intake's, with exactly {@link Spec#contacts()} contacts over the months. A pure function of the
 * seed: the same seed gives the same events with the same ids, so publishing it twice is deduplicated
 * by every consumer.
 *
 * <p>Proportions follow the launcher's demo (plausible, not statistics): a fifth of first accesses
 * are anonymous requests for information (a tenth of all contacts); a case has one to eight contacts
 * (two on average), days to weeks apart; about one case in four is taken in charge, four in ten are closed, a few citizens come back
 * with a new case; one contact in eight has a social worker and an educator together. Municipalities
 * alternate between care-leaning (most first interviews start help) and control-leaning (most screen),
 * so that the indicators have a difference to show. Referrals are not generated: an episode's end by
 * referral is one more fact of the case, read like its other ends.
 */
final class ResearchPopulation {

    static final ZoneId ZONE = ZoneId.of("Europe/Rome");
    static final int OFFICES_PER_MUNICIPALITY = 4;
    /** Of first accesses: a case's later contacts make it about half that of all contacts. */
    static final double ANONYMOUS_SHARE = 0.2;
    static final double JOINT_SHARE = 0.12;
    static final double CARE_LEANING = 0.75;
    static final double CONTROL_LEANING = 0.35;
    private static final String RECORDED_BY = "benchmark-operator";
    /** Fewer people in August, a little fewer in December and July, more when schools start (the demo's). */
    private static final double[] SEASON = {1.05, 1.0, 1.05, 0.95, 1.0, 0.95, 0.85, 0.55, 1.05, 1.1, 1.05, 0.85};
    private static final UserArea[] AREAS = UserArea.values();
    /** Weights of {@link #AREAS}, in the enum's order: families, poverty and the elderly lead. */
    private static final int[] AREA_WEIGHTS = {24, 8, 3, 22, 12, 28, 3};

    /**
     * @param seed       the one source of every draw and id
     * @param contacts   how many contacts, named and anonymous, exactly
     * @param offices    how many offices, in municipalities of {@value #OFFICES_PER_MUNICIPALITY}
     * @param firstMonth the first month contacts fall in
     * @param lastMonth  the last (nothing happens after it)
     */
    record Spec(long seed, int contacts, int offices, YearMonth firstMonth, YearMonth lastMonth) {

        Spec {
            if (contacts < 1 || offices < 1 || lastMonth.isBefore(firstMonth)) {
                throw new IllegalArgumentException("contacts and offices must be at least 1, and " + firstMonth
                        + " not after " + lastMonth);
            }
        }

        /** The district every office is in: what the indicators are asked for. */
        String districtId() {
            return "bench-" + Long.toUnsignedString(seed, 36);
        }

        int months() {
            return (int) firstMonth.until(lastMonth, java.time.temporal.ChronoUnit.MONTHS) + 1;
        }
    }

    /** An event as a service's relay publishes it: topic, CloudEvents type, Kafka key and id, the contract. */
    record Published(String topic, String type, String key, UUID eventId, Instant time, Object contract) {
    }

    record Municipality(String municipalityId, String name, double careShare) {
    }

    /** {@code weight}: how many first contacts it gets relative to the others (the central office twice). */
    record Office(String officeId, String municipalityId, boolean central, int weight) {
    }

    /** What was generated. {@code events} counts every published event, the structure's too. */
    record Summary(int municipalities, int offices, int citizens, int cases, int contacts, int anonymous,
                   int takenInCharge, int closed, long events) {

        /** Episodes under any scheme: one per case, one per anonymous contact. */
        long episodes() {
            return (long) cases + anonymous;
        }
    }

    private final Spec spec;
    private final Consumer<Published> sink;
    private final SplittableRandom random;
    /** Ids from a stream of their own, so that they do not shift the draws. */
    private final SplittableRandom ids;
    private final List<Municipality> municipalities = new ArrayList<>();
    private final List<Office> offices = new ArrayList<>();
    private final Instant periodStart;
    private final Instant periodEnd;
    private final double[] monthWeights;
    private int totalOfficeWeight;
    private int remaining;
    private int citizens;
    private int cases;
    private int anonymous;
    private int takenInCharge;
    private int closed;
    private long events;

    private ResearchPopulation(Spec spec, Consumer<Published> sink) {
        this.spec = spec;
        this.sink = sink;
        this.random = new SplittableRandom(spec.seed());
        this.ids = new SplittableRandom(~spec.seed());
        this.periodStart = spec.firstMonth().atDay(1).atStartOfDay(ZONE).toInstant();
        this.periodEnd = spec.lastMonth().plusMonths(1).atDay(1).atStartOfDay(ZONE).toInstant();
        this.monthWeights = new double[spec.months()];
        for (int i = 0; i < monthWeights.length; i++) {
            monthWeights[i] = SEASON[spec.firstMonth().plusMonths(i).getMonthValue() - 1];
        }
        this.remaining = spec.contacts();
    }

    /** Generates the population into {@code sink}, in publishing order: the offices first. */
    static Summary generate(Spec spec, Consumer<Published> sink) {
        return new ResearchPopulation(spec, sink).run();
    }

    private Summary run() {
        structure();
        while (remaining > 0) {
            Office office = office();
            Instant at = firstContactTime();
            if (random.nextDouble() < ANONYMOUS_SHARE) {
                anonymousContact(office, at);
            } else {
                citizen(office, at);
            }
        }
        return new Summary(municipalities.size(), offices.size(), citizens, cases, spec.contacts(), anonymous,
                takenInCharge, closed, events);
    }

    // ---- The office registry ------------------------------------------------------------------------

    private void structure() {
        Instant created = periodStart.minus(Duration.ofDays(1));
        String districtId = spec.districtId();
        publish(SchedulingTopic.NAME, DistrictCreated.TYPE, districtId,
                new DistrictCreated(districtId, "Distretto di prova " + districtId, created, RECORDED_BY), created);
        int count = (spec.offices() + OFFICES_PER_MUNICIPALITY - 1) / OFFICES_PER_MUNICIPALITY;
        for (int m = 1; m <= count; m++) {
            String municipalityId = districtId + "-m" + m;
            Municipality municipality = new Municipality(municipalityId, "Comune di prova " + m,
                    m % 2 == 1 ? CARE_LEANING : CONTROL_LEANING);
            municipalities.add(municipality);
            publish(SchedulingTopic.NAME, MunicipalityCreated.TYPE, municipalityId, new MunicipalityCreated(
                    municipalityId, municipality.name(), districtId, created, RECORDED_BY), created);
        }
        for (int o = 0; o < spec.offices(); o++) {
            Municipality municipality = municipalities.get(o / OFFICES_PER_MUNICIPALITY);
            boolean central = o % OFFICES_PER_MUNICIPALITY == 0;
            String officeId = String.format("%s-o%02d", districtId, o + 1);
            Office office = new Office(officeId, municipality.municipalityId(), central, central ? 2 : 1);
            offices.add(office);
            totalOfficeWeight += office.weight();
            publish(SchedulingTopic.NAME, OfficeCreated.TYPE, officeId, new OfficeCreated(officeId,
                    municipality.municipalityId(), (central ? "Sede centrale " : "Presidio ") + officeId,
                    "Via di prova " + (o + 1), OfficeKind.SECRETARIAT, null, created, RECORDED_BY, central), created);
        }
    }

    // ---- Citizens and their cases -------------------------------------------------------------------

    private void anonymousContact(Office office, Instant at) {
        UUID contactId = id();
        ContactOutcome outcome = pick(new ContactOutcome[] {INFORMATION_GIVEN, ORIENTATION, NO_FURTHER_ACTION}, 60, 35, 5);
        List<Need> needs = random.nextDouble() < 0.3 ? List.of() : List.of(need(area()));
        contact(new ContactRecorded(contactId, null, null, office.officeId(), random.nextBoolean() ? Channel.WALK_IN
                : Channel.PHONE, at, List.of(new Operator(office.officeId() + "-adm1", OperatorRole.ADMINISTRATIVE)),
                needs, List.of(outcome), RECORDED_BY));
        anonymous++;
    }

    private void citizen(Office office, Instant firstContact) {
        UUID citizenId = id();
        UserArea area = area();
        Instant registeredAt = firstContact.minus(Duration.ofMinutes(5));
        publish(IntakeTopic.NAME, CitizenRegistered.TYPE, citizenId.toString(), new CitizenRegistered(citizenId,
                registeredAt, RECORDED_BY, birthYear(area, firstContact), sex(area)), registeredAt);
        citizens++;
        Instant closedAt = kase(citizenId, office, firstContact, area);
        // A few come back months after their case was closed: the new contact opens a new case.
        if (closedAt != null && remaining > 0 && random.nextDouble() < 0.08) {
            Instant back = workingTime(closedAt.plus(Duration.ofDays(30 + random.nextInt(90))));
            if (back.isBefore(periodEnd)) {
                kase(citizenId, office, back, area);
            }
        }
    }

    /** A case from its first contact on; returns when it was closed, or null if it was not. */
    private Instant kase(UUID citizenId, Office office, Instant firstContact, UserArea area) {
        UUID caseId = id();
        publish(IntakeTopic.NAME, CaseOpened.TYPE, caseId.toString(), new CaseOpened(caseId, citizenId,
                office.officeId(), firstContact, RECORDED_BY), firstContact);
        cases++;
        Municipality municipality = municipalities.get(offices.indexOf(office) / OFFICES_PER_MUNICIPALITY);
        List<Instant> times = new ArrayList<>();
        times.add(firstContact);
        int wanted = contactsInCase();
        while (times.size() < Math.min(wanted, remaining)) {
            Instant next = workingTime(times.get(times.size() - 1).plus(Duration.ofDays(3 + random.nextInt(38))));
            if (!next.isBefore(periodEnd)) {
                break;
            }
            times.add(next);
        }
        boolean inCharge = random.nextDouble() < (times.size() > 1 ? 0.32 : 0.08);
        for (int i = 0; i < times.size(); i++) {
            List<ContactOutcome> outcomes;
            if (i == times.size() - 1 && inCharge) {
                outcomes = List.of(TAKEN_IN_CHARGE);
            } else if (i == 0) {
                outcomes = firstOutcomes(municipality, area);
            } else {
                outcomes = List.of(pick(new ContactOutcome[] {SHORT_SUPPORT_PATH, REFERRAL, ECONOMIC_SUPPORT_REQUESTED,
                        INFORMATION_GIVEN, NO_FURTHER_ACTION, NOT_ELIGIBLE}, 35, 15, 18, 15, 10, 7));
            }
            Channel channel = i == 0 ? pick(new Channel[] {Channel.WALK_IN, Channel.PHONE, Channel.EMAIL}, 60, 33, 7)
                    : pick(new Channel[] {Channel.APPOINTMENT, Channel.WALK_IN, Channel.PHONE, Channel.EMAIL}, 60, 20, 14, 6);
            contact(new ContactRecorded(id(), citizenId, caseId, office.officeId(), channel, times.get(i),
                    operators(office, channel), List.of(need(area)), outcomes, RECORDED_BY));
        }
        Instant last = times.get(times.size() - 1);
        if (inCharge) {
            Instant at = last.plus(Duration.ofMinutes(10));
            publish(IntakeTopic.NAME, CaseTakenInCharge.TYPE, caseId.toString(), new CaseTakenInCharge(caseId,
                    citizenId, office.officeId() + "-sw1", at, RECORDED_BY), at);
            takenInCharge++;
        }
        if (random.nextDouble() < (inCharge ? 0.35 : 0.45)) {
            Instant at = last.plus(Duration.ofDays(7 + random.nextInt(50)));
            if (at.isBefore(periodEnd)) {
                CaseClosureReason reason = pick(new CaseClosureReason[] {CaseClosureReason.NEED_MET,
                        CaseClosureReason.NO_LONGER_REACHABLE, CaseClosureReason.REFERRED_ELSEWHERE,
                        CaseClosureReason.CITIZEN_WITHDREW, CaseClosureReason.MOVED_AWAY}, 45, 25, 15, 10, 5);
                publish(IntakeTopic.NAME, CaseClosed.TYPE, caseId.toString(), new CaseClosed(caseId, citizenId, reason,
                        at, RECORDED_BY), at);
                closed++;
                return at;
            }
        }
        return null;
    }

    /** The first interview: it starts help or only informs, or it screens, in the municipality's proportion. */
    private List<ContactOutcome> firstOutcomes(Municipality municipality, UserArea area) {
        List<ContactOutcome> outcomes = new ArrayList<>();
        if (random.nextDouble() < municipality.careShare()) {
            outcomes.add(pick(new ContactOutcome[] {ORIENTATION, SHORT_SUPPORT_PATH, APPOINTMENT_PROPOSED,
                    INFORMATION_GIVEN}, 30, 20, 30, 20));
        } else {
            outcomes.add(pick(new ContactOutcome[] {DOCUMENTS_REQUESTED, ELIGIBILITY_CHECK, NOT_ELIGIBLE,
                    ECONOMIC_SUPPORT_REQUESTED}, 35, 35, 15, 15));
        }
        if (area == UserArea.POVERTY_AND_ADULT_HARDSHIP && !outcomes.contains(ECONOMIC_SUPPORT_REQUESTED)
                && random.nextDouble() < 0.3) {
            outcomes.add(ECONOMIC_SUPPORT_REQUESTED);
        }
        return outcomes;
    }

    private List<Operator> operators(Office office, Channel channel) {
        Operator worker = new Operator(office.officeId() + "-sw" + (1 + random.nextInt(3)), OperatorRole.SOCIAL_WORKER);
        if (random.nextDouble() < JOINT_SHARE) {
            return List.of(worker, new Operator(office.officeId() + "-ed1", OperatorRole.EDUCATOR));
        }
        if (channel == Channel.WALK_IN && random.nextDouble() < 0.3) {
            return List.of(new Operator(office.officeId() + "-adm1", OperatorRole.ADMINISTRATIVE), worker);
        }
        return List.of(worker);
    }

    /** One to eight, two on average: most first accesses are short. */
    private int contactsInCase() {
        return pick(new Integer[] {1, 2, 3, 4, 5, 6, 7, 8}, 44, 26, 13, 7, 4, 3, 2, 1);
    }

    private void contact(ContactRecorded contact) {
        UUID key = contact.caseId() != null ? contact.caseId() : contact.contactId();
        publish(IntakeTopic.NAME, ContactRecorded.TYPE, key.toString(), contact, contact.occurredAt());
        remaining--;
    }

    private void publish(String topic, String type, String key, Object contract, Instant time) {
        sink.accept(new Published(topic, type, key, id(), time, contract));
        events++;
    }

    // ---- Draws --------------------------------------------------------------------------------------

    private Office office() {
        int draw = random.nextInt(totalOfficeWeight);
        for (Office office : offices) {
            draw -= office.weight();
            if (draw < 0) {
                return office;
            }
        }
        return offices.get(offices.size() - 1);
    }

    /** A weekday morning (9:00 to 13:00 in Rome) of a month of the period, months weighted by season. */
    private Instant firstContactTime() {
        double total = 0;
        for (double weight : monthWeights) {
            total += weight;
        }
        double draw = random.nextDouble() * total;
        int month = 0;
        while (month < monthWeights.length - 1 && (draw -= monthWeights[month]) >= 0) {
            month++;
        }
        YearMonth chosen = spec.firstMonth().plusMonths(month);
        LocalDate day = chosen.atDay(1 + random.nextInt(chosen.lengthOfMonth()));
        // A weekend day moves back to its Friday, or on to the Monday when the month starts at a weekend.
        int back = day.getDayOfWeek() == DayOfWeek.SATURDAY ? 1 : day.getDayOfWeek() == DayOfWeek.SUNDAY ? 2 : 0;
        if (back > 0) {
            day = day.getDayOfMonth() > back ? day.minusDays(back) : day.plusDays(3 - back);
        }
        return day.atTime(LocalTime.of(9, 0).plusSeconds(random.nextInt(4 * 3600))).atZone(ZONE).toInstant();
    }

    /** The same moment moved to the next weekday morning if it fell outside one. */
    private Instant workingTime(Instant at) {
        LocalDate day = at.atZone(ZONE).toLocalDate();
        while (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
            day = day.plusDays(1);
        }
        return day.atTime(LocalTime.of(9, 0).plusSeconds(random.nextInt(4 * 3600))).atZone(ZONE).toInstant();
    }

    private UserArea area() {
        return pick(AREAS, AREA_WEIGHTS);
    }

    private Need need(UserArea area) {
        List<NeedCategory> categories = switch (area) {
            case FAMILY_AND_MINORS -> List.of(NeedCategory.FAMILY_RELATIONS, NeedCategory.EDUCATION, NeedCategory.INCOME);
            case DISABILITY -> List.of(NeedCategory.CARE_OF_DEPENDENT, NeedCategory.HEALTH, NeedCategory.WORK);
            case ADDICTIONS -> List.of(NeedCategory.HEALTH, NeedCategory.FAMILY_RELATIONS, NeedCategory.WORK);
            case ELDERLY -> List.of(NeedCategory.CARE_OF_DEPENDENT, NeedCategory.ISOLATION, NeedCategory.DIGITAL_ACCESS);
            case IMMIGRANTS -> List.of(NeedCategory.DOCUMENTS_AND_LEGAL, NeedCategory.WORK, NeedCategory.HOUSING);
            case POVERTY_AND_ADULT_HARDSHIP -> List.of(NeedCategory.INCOME, NeedCategory.HOUSING, NeedCategory.WORK);
            case MULTI_AREA -> List.of(NeedCategory.INCOME, NeedCategory.HOUSING, NeedCategory.FAMILY_RELATIONS);
        };
        int first = random.nextInt(categories.size());
        if (random.nextDouble() < 0.35) {
            return new Need(area, List.of(categories.get(first), categories.get((first + 1) % categories.size())));
        }
        return new Need(area, List.of(categories.get(first)));
    }

    /** Adults whose age fits the area they come with: the elderly over 65, families' parents 24 to 50. */
    private int birthYear(UserArea area, Instant at) {
        int age = switch (area) {
            case ELDERLY -> 66 + random.nextInt(27);
            case FAMILY_AND_MINORS -> 24 + random.nextInt(26);
            case ADDICTIONS -> 20 + random.nextInt(40);
            case IMMIGRANTS -> 19 + random.nextInt(40);
            case DISABILITY -> 18 + random.nextInt(60);
            default -> 25 + random.nextInt(45);
        };
        return at.atZone(ZONE).getYear() - age;
    }

    private Sex sex(UserArea area) {
        double women = switch (area) {
            case FAMILY_AND_MINORS -> 0.75;
            case ELDERLY -> 0.62;
            case ADDICTIONS -> 0.25;
            default -> 0.55;
        };
        return random.nextDouble() < women ? Sex.F : Sex.M;
    }

    private <T> T pick(T[] items, int... weights) {
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

    /** A random (version 4) UUID from the id stream. */
    private UUID id() {
        long high = (ids.nextLong() & ~0xF000L) | 0x4000L;
        long low = (ids.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(high, low);
    }
}
