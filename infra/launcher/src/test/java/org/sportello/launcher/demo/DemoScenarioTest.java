package org.sportello.launcher.demo;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.sportello.contracts.intake.v1.Channel;
import org.sportello.contracts.intake.v1.ContactOutcome;
import org.sportello.contracts.intake.v1.OperatorRole;
import org.sportello.launcher.demo.DemoScenario.CitizenStory;
import org.sportello.launcher.demo.DemoScenario.Close;
import org.sportello.launcher.demo.DemoScenario.Erase;
import org.sportello.launcher.demo.DemoScenario.Step;
import org.sportello.launcher.demo.DemoScenario.TakeInCharge;
import org.sportello.launcher.demo.DemoScenario.Visit;

import static org.assertj.core.api.Assertions.assertThat;

class DemoScenarioTest {

    private static final ZoneId ROME = ZoneId.of("Europe/Rome");
    private static final YearMonth FIRST = YearMonth.of(2025, 11);
    private static final YearMonth LAST = YearMonth.of(2026, 10);
    private static final Instant LONG_AFTER = Instant.parse("2030-01-01T00:00:00Z");
    private static final DemoPlan PLAN = new DemoPlan(7, FIRST, LAST);
    private static final Map<String, DemoOffice> OFFICES = SeedCalendar.offices(PLAN.seedStructure(), PLAN.hoursFrom(),
            PLAN.hoursUntil()).stream().collect(Collectors.toMap(DemoOffice::id, o -> o));
    private static final DemoScenario YEAR = SeedCalendar.scenario(7, FIRST, LAST, LONG_AFTER);

    @Test
    void theSameSeedGivesTheSameScenario() {
        assertThat(SeedCalendar.scenario(7, FIRST, LAST, LONG_AFTER)).isEqualTo(YEAR);
    }

    @Test
    void anotherSeedGivesAnotherScenario() {
        DemoScenario other = SeedCalendar.scenario(8, FIRST, LAST, LONG_AFTER);

        assertThat(other.stories().get(0)).isNotEqualTo(YEAR.stories().get(0));
        assertThat(other.requestCount()).isNotEqualTo(YEAR.requestCount());
    }

    @Test
    void aMonthIsTheSameWhateverThePeriodAroundIt() {
        YearMonth june = YearMonth.of(2026, 6);
        DemoScenario alone = SeedCalendar.scenario(7, june, june, LONG_AFTER);

        // Whoever first comes in June in the year's scenario comes alike in June's alone (later visits are cut
        // at the end of June, so compare first visits; June alone also has returning citizens of earlier months).
        // Massa's and Corsico's hours change in the middle of each period, so only the other offices compare.
        assertThat(firstVisitsIn(YEAR, june)).isNotEmpty();
        assertThat(firstVisitsIn(alone, june)).containsAllEntriesOf(firstVisitsIn(YEAR, june));
    }

    @Test
    void everyOfficeOfTheSeedIsDrawnAndPartnerDesksOrient() {
        assertThat(YEAR.visits().map(Visit::officeId).distinct()).containsExactlyInAnyOrderElementsOf(Seed.OFFICE_IDS);
        assertThat(YEAR.visits().filter(v -> v.officeId().equals("pioltello-caritas") || v.officeId().equals("segrate-acli")))
                .isNotEmpty().allSatisfy(v -> {
                    assertThat(v.channel()).isEqualTo(Channel.PARTNER_DESK);
                    assertThat(v.operators()).extracting(o -> o.role().toString()).containsOnly("PARTNER_VOLUNTEER");
                });
    }

    @Test
    void everyContactIsAtItsOfficeInAnOpenSlotOfItsKindOnAWorkingDay() {
        List<Visit> visits = YEAR.visits().toList();

        assertThat(visits).hasSizeGreaterThan(4000);
        assertThat(YEAR.appointments()).hasSizeGreaterThan(1500);
        for (Visit visit : visits) {
            LocalDateTime local = LocalDateTime.ofInstant(visit.at(), ROME);
            DemoOffice office = OFFICES.get(visit.officeId());
            assertThat(office.isOpen(local, visit.channel()))
                    .as("%s at %s (%s) by %s", visit.officeId(), local, local.getDayOfWeek(), visit.channel()).isTrue();
            assertThat(local.getDayOfWeek()).isNotEqualTo(DayOfWeek.SUNDAY);
        }
    }

    @Test
    void corsicoTakesWalkInsOnMondayFromNineToEleven() {
        List<LocalDateTime> walkIns = YEAR.visits().filter(v -> v.officeId().equals("corsico"))
                .filter(v -> v.channel() == Channel.WALK_IN).map(v -> LocalDateTime.ofInstant(v.at(), ROME)).toList();

        assertThat(walkIns).isNotEmpty().allSatisfy(time -> {
            assertThat(time.getDayOfWeek()).isEqualTo(DayOfWeek.MONDAY);
            assertThat(time.toLocalTime()).isBetween(LocalTime.of(9, 0), LocalTime.of(10, 59, 59));
        });
    }

    @Test
    void nobodyComesOnChristmasOrOnMonzasPatronDay() {
        assertThat(YEAR.visits().map(v -> LocalDate.ofInstant(v.at(), ROME)))
                .doesNotContain(LocalDate.of(2025, 12, 25), LocalDate.of(2026, 4, 6)); // Christmas, Easter Monday 2026
        assertThat(YEAR.visits().filter(v -> v.officeId().startsWith("monza")).map(v -> LocalDate.ofInstant(v.at(), ROME)))
                .doesNotContain(LocalDate.of(2026, 6, 24));
    }

    @Test
    void nothingHappensOutsideThePeriodOrAfterNow() {
        Instant now = Instant.parse("2026-10-14T10:30:00Z");
        DemoScenario upToNow = SeedCalendar.scenario(7, FIRST, LAST, now);

        Instant start = FIRST.atDay(1).atStartOfDay(ROME).toInstant();
        assertThat(upToNow.stories().stream().flatMap(s -> s.steps().stream()).map(Step::at))
                .allSatisfy(at -> assertThat(at).isBetween(start, now));
        assertThat(upToNow.anonymousContacts()).allSatisfy(v -> assertThat(v.at()).isBetween(start, now));
        assertThat(upToNow.visits().filter(v -> v.at().isAfter(Instant.parse("2026-10-01T00:00:00Z")))).isNotEmpty();
    }

    @Test
    void everyStoryStartsWithAContactOrAnAppointmentRequest() {
        assertThat(YEAR.stories()).allSatisfy(story -> assertThat(story.steps().get(0))
                .isInstanceOfAny(Visit.class, DemoScenario.Appointment.class));
    }

    @Test
    void massaBooksEveryInterviewWithASocialWorkerAndAnEducatorTogether() {
        List<DemoScenario.Appointment> massa = YEAR.appointments().filter(a -> a.officeId().equals("massa")).toList();

        assertThat(massa).hasSizeGreaterThan(100).allSatisfy(a -> assertThat(a.requiredRoles())
                .containsExactly(OperatorRole.SOCIAL_WORKER, OperatorRole.EDUCATOR));
        assertThat(YEAR.appointments().filter(a -> !a.officeId().equals("massa")).map(a -> a.requiredRoles().size()))
                .contains(1, 2);
    }

    @Test
    void corsicoBooksOverItsPhoneLineOrOnlineAndOthersAtTheDeskToo() {
        List<DemoScenario.Appointment> corsico = YEAR.appointments().filter(a -> a.officeId().equals("corsico")).toList();

        assertThat(corsico).isNotEmpty().extracting(DemoScenario.Appointment::requestedVia)
                .containsOnly("ONLINE", "PHONE_LINE").contains("ONLINE", "PHONE_LINE");
        DemoOffice office = OFFICES.get("corsico");
        assertThat(corsico).filteredOn(a -> a.requestedVia().equals("PHONE_LINE")).allSatisfy(a -> assertThat(
                office.isOpen(LocalDateTime.ofInstant(a.at(), ROME), Channel.PHONE)).as("%s", a.at()).isTrue());
        assertThat(YEAR.appointments().map(DemoScenario.Appointment::requestedVia)).contains("DESK");
    }

    @Test
    void mostAppointmentsAreAttendedSomeMissedOrCancelled() {
        Map<DemoScenario.AppointmentOutcome, Long> outcomes = YEAR.appointments()
                .collect(Collectors.groupingBy(DemoScenario.Appointment::outcome, Collectors.counting()));
        long all = outcomes.values().stream().mapToLong(Long::longValue).sum();

        assertThat(outcomes.keySet()).containsExactlyInAnyOrder(DemoScenario.AppointmentOutcome.values());
        assertThat((double) outcomes.get(DemoScenario.AppointmentOutcome.ATTENDED) / all).isBetween(0.7, 0.86);
    }

    @Test
    void massasHoursGoFromSixToTwentyOneAWeekInTheMiddleOfThePeriod() {
        Seed.OfficeSetup massa = PLAN.seedStructure().offices().stream().filter(o -> o.officeId().equals("massa"))
                .findFirst().orElseThrow();

        assertThat(massa.hours()).hasSize(2).extracting(Seed.HoursSet::validFrom)
                .containsExactly(PLAN.hoursFrom(), LocalDate.of(2026, 5, 1));
        assertThat(massa.hours()).extracting(h -> h.slots().stream().mapToLong(s -> java.time.Duration.between(
                LocalTime.parse(s.from()), LocalTime.parse(s.to())).toMinutes()).sum() / 60.0).containsExactly(6.0, 21.0);
    }

    @Test
    void massaSeesAboutFiftyUsersAMonth() {
        Map<YearMonth, Set<String>> users = new java.util.TreeMap<>();
        for (CitizenStory story : YEAR.stories()) {
            // Visits, and appointments by when they were asked for (their interviews are scheduling's to place).
            for (Step step : story.steps()) {
                String office = step instanceof Visit visit ? visit.officeId()
                        : step instanceof DemoScenario.Appointment appointment ? appointment.officeId() : null;
                if ("massa".equals(office)) {
                    users.computeIfAbsent(YearMonth.from(LocalDate.ofInstant(step.at(), ROME)), m -> new HashSet<>())
                            .add(story.person().fiscalCode());
                }
            }
        }
        double average = users.values().stream().mapToInt(Set::size).average().orElse(0);

        // Fewer than the office's 50 here: an interview booked at scheduling counts in the month it falls in,
        // which only the running demo knows; counted by the month it was asked for, some months lose it.
        assertThat(users).hasSize(12);
        assertThat(average).isBetween(30.0, 60.0);
    }

    @Test
    void everyOfficeHasUsersInASingleMonthDemo() {
        YearMonth october = YearMonth.of(2026, 10);
        DemoScenario month = SeedCalendar.scenario(7, october, october, LONG_AFTER);

        Map<String, Long> citizensPerOffice = month.stories().stream()
                .flatMap(s -> s.visits().stream().map(v -> Map.entry(v.officeId(), s.person().fiscalCode()))).distinct()
                .collect(Collectors.groupingBy(Map.Entry::getKey, Collectors.counting()));

        assertThat(citizensPerOffice.keySet()).containsExactlyInAnyOrderElementsOf(Seed.OFFICE_IDS);
        // Above the report's threshold of 5 at every secretariat, so no such row is all withheld.
        citizensPerOffice.forEach((office, count) -> {
            if (!OFFICES.get(office).partnerDesk()) {
                assertThat(count).as(office).isGreaterThanOrEqualTo(5);
            }
        });
    }

    @Test
    void aYearHasRepeatVisitorsAnonymousContactsReopenedCasesAndEveryOutcomeAndChannel() {
        List<Step> steps = YEAR.stories().stream().flatMap(s -> s.steps().stream()).toList();
        Set<ContactOutcome> outcomes = java.util.stream.Stream.concat(YEAR.visits().flatMap(v -> v.outcomes().stream()),
                YEAR.appointments().flatMap(a -> a.outcomes().stream())).collect(Collectors.toSet());
        long repeatVisitors = YEAR.stories().stream().filter(s -> s.steps().stream()
                .filter(step -> step instanceof Visit || step instanceof DemoScenario.Appointment)
                .map(v -> YearMonth.from(LocalDate.ofInstant(v.at(), ROME))).distinct().count() > 1).count();
        long newCases = YEAR.stories().stream().filter(DemoScenarioTest::returnsAfterClosure).count();

        assertThat(YEAR.anonymousContacts()).hasSizeGreaterThan(500);
        assertThat(repeatVisitors).isGreaterThan(300);
        assertThat(steps).filteredOn(TakeInCharge.class::isInstance).hasSizeGreaterThan(200);
        assertThat(steps).filteredOn(Close.class::isInstance).hasSizeGreaterThan(500);
        assertThat(newCases).isGreaterThan(10);
        // Care and control outcomes both occur, and every outcome the API knows.
        assertThat(outcomes).containsExactlyInAnyOrder(ContactOutcome.values());
        // Every channel but APPOINTMENT, whose contacts follow scheduling's bookings when the demo runs.
        assertThat(YEAR.visits().map(Visit::channel).collect(Collectors.toSet())).containsExactlyInAnyOrder(
                Channel.WALK_IN, Channel.PHONE, Channel.EMAIL, Channel.PARTNER_DESK);
    }

    @Test
    void aboutOneCitizenInAHundredHasTheirPersonalDataErased() {
        List<Erase> erasures = erasures(YEAR);
        Map<ErasureGround, Long> grounds = erasures.stream()
                .collect(Collectors.groupingBy(Erase::ground, Collectors.counting()));

        assertThat((double) erasures.size() / YEAR.stories().size()).isBetween(0.007, 0.015);
        // Mostly consent withdrawn or an objection, some no longer necessary, never the rarer legal grounds.
        assertThat(grounds.keySet()).containsExactlyInAnyOrder(ErasureGround.CONSENT_WITHDRAWN, ErasureGround.OBJECTION,
                ErasureGround.NO_LONGER_NECESSARY);
        assertThat(grounds.get(ErasureGround.CONSENT_WITHDRAWN) + grounds.get(ErasureGround.OBJECTION))
                .isGreaterThan(2 * grounds.get(ErasureGround.NO_LONGER_NECESSARY));
    }

    @Test
    void anErasureComesAfterTheCaseClosedAndEndsTheStory() {
        List<CitizenStory> erased = YEAR.stories().stream()
                .filter(s -> s.steps().stream().anyMatch(Erase.class::isInstance)).toList();

        assertThat(erased).isNotEmpty().allSatisfy(story -> {
            List<Step> steps = story.steps();
            assertThat(steps.get(steps.size() - 1)).as("%s", steps).isInstanceOf(Erase.class);
            assertThat(steps.subList(0, steps.size() - 1)).noneMatch(Erase.class::isInstance);
            Step before = steps.get(steps.size() - 2);
            assertThat(before).as("%s", steps).isInstanceOf(Close.class);
            assertThat(before.at()).isBefore(steps.get(steps.size() - 1).at());
        });
    }

    @Test
    void erasureReferencesAreProtocolNumbersInOrderOfDatePerMunicipalityAndYear() {
        Map<String, List<Erase>> byRegister = erasures(YEAR).stream().sorted(Comparator.comparing(Erase::at))
                .collect(Collectors.groupingBy(e -> e.adminId() + " " + LocalDate.ofInstant(e.at(), ROME).getYear()));

        assertThat(byRegister).isNotEmpty().allSatisfy((register, erasures) -> {
            List<String> references = erasures.stream().map(Erase::reference).toList();
            int year = LocalDate.ofInstant(erasures.get(0).at(), ROME).getYear();
            assertThat(references).allSatisfy(reference -> assertThat(reference).matches("Prot\\. " + year + "/\\d{5}"));
            assertThat(references).as(register).isSortedAccordingTo(Comparator.naturalOrder());
        });
        assertThat(byRegister.keySet()).anyMatch(register -> register.startsWith("monza-privacy"))
                .anyMatch(register -> register.startsWith("massa-privacy"));
    }

    /** LauncherDemoIT (seed 7, the last whole month) and a newcomer's two-month demo (seed 1) rely on this. */
    @Test
    void everyMonthHasErasuresSoEvenAOneMonthDemoShowsSome() {
        for (long seed : new long[] {1, 7}) {
            for (YearMonth month = YearMonth.of(2026, 1); !month.isAfter(YearMonth.of(2029, 12)); month = month.plusMonths(1)) {
                DemoScenario alone = SeedCalendar.scenario(seed, month, month, LONG_AFTER);

                assertThat(erasures(alone)).as("seed %d, %s", seed, month).isNotEmpty();
            }
        }
    }

    @Test
    void fiscalCodesAreUnique() {
        List<String> codes = YEAR.stories().stream().map(s -> s.person().fiscalCode()).toList();

        assertThat(new HashSet<>(codes)).hasSameSizeAs(codes);
    }

    private static List<Erase> erasures(DemoScenario scenario) {
        return scenario.stories().stream().flatMap(s -> s.steps().stream())
                .filter(Erase.class::isInstance).map(Erase.class::cast).toList();
    }

    private static boolean returnsAfterClosure(CitizenStory story) {
        boolean closed = false;
        for (Step step : story.steps()) {
            if (step instanceof Close) {
                closed = true;
            } else if (closed && step instanceof Visit) {
                return true;
            }
        }
        return false;
    }

    private static Map<String, Visit> firstVisitsIn(DemoScenario scenario, YearMonth month) {
        return scenario.stories().stream().filter(s -> s.steps().get(0) instanceof Visit first
                        && !first.officeId().equals("massa") && !first.officeId().equals("corsico"))
                .filter(s -> YearMonth.from(LocalDate.ofInstant(s.steps().get(0).at(), ROME)).equals(month))
                .collect(Collectors.toMap(s -> s.person().fiscalCode(), s -> s.visits().get(0), (a, b) -> a,
                        java.util.TreeMap::new));
    }
}
