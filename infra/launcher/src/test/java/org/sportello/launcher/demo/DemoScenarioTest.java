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
    private static final DemoScenario YEAR = DemoScenario.generate(7, FIRST, LAST, LONG_AFTER);

    @Test
    void theSameSeedGivesTheSameScenario() {
        assertThat(DemoScenario.generate(7, FIRST, LAST, LONG_AFTER)).isEqualTo(YEAR);
    }

    @Test
    void anotherSeedGivesAnotherScenario() {
        DemoScenario other = DemoScenario.generate(8, FIRST, LAST, LONG_AFTER);

        assertThat(other.stories().get(0)).isNotEqualTo(YEAR.stories().get(0));
        assertThat(other.requestCount()).isNotEqualTo(YEAR.requestCount());
    }

    @Test
    void aMonthIsTheSameWhateverThePeriodAroundIt() {
        YearMonth june = YearMonth.of(2026, 6);
        DemoScenario alone = DemoScenario.generate(7, june, june, LONG_AFTER);

        // Whoever first comes in June in the year's scenario comes alike in June's alone (later visits are cut
        // at the end of June, so compare first visits; June alone also has returning citizens of earlier months).
        assertThat(firstVisitsIn(YEAR, june)).isNotEmpty();
        assertThat(firstVisitsIn(alone, june)).containsAllEntriesOf(firstVisitsIn(YEAR, june));
    }

    @Test
    void everyContactIsAtItsOfficeInAnOpenSlotOfItsKindOnAWorkingDay() {
        List<Visit> visits = YEAR.visits().toList();

        assertThat(visits).hasSizeGreaterThan(5000);
        for (Visit visit : visits) {
            LocalDateTime local = LocalDateTime.ofInstant(visit.at(), ROME);
            Office office = OfficeCatalogue.office(visit.officeId());
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
        DemoScenario upToNow = DemoScenario.generate(7, FIRST, LAST, now);

        Instant start = FIRST.atDay(1).atStartOfDay(ROME).toInstant();
        assertThat(upToNow.stories().stream().flatMap(s -> s.steps().stream()).map(Step::at))
                .allSatisfy(at -> assertThat(at).isBetween(start, now));
        assertThat(upToNow.anonymousContacts()).allSatisfy(v -> assertThat(v.at()).isBetween(start, now));
        assertThat(upToNow.visits().filter(v -> v.at().isAfter(Instant.parse("2026-10-01T00:00:00Z")))).isNotEmpty();
    }

    @Test
    void everyStoryStartsWithAContact() {
        assertThat(YEAR.stories()).allSatisfy(story -> assertThat(story.steps().get(0)).isInstanceOf(Visit.class));
    }

    @Test
    void massaSeesAboutFiftyUsersAMonth() {
        Map<YearMonth, Set<String>> users = new java.util.TreeMap<>();
        for (CitizenStory story : YEAR.stories()) {
            for (Visit visit : story.visits()) {
                if (visit.officeId().equals("massa")) {
                    users.computeIfAbsent(YearMonth.from(LocalDate.ofInstant(visit.at(), ROME)), m -> new HashSet<>())
                            .add(story.person().fiscalCode());
                }
            }
        }
        double average = users.values().stream().mapToInt(Set::size).average().orElse(0);

        assertThat(users).hasSize(12);
        assertThat(average).isBetween(40.0, 60.0);
    }

    @Test
    void everyOfficeHasUsersInASingleMonthDemo() {
        YearMonth october = YearMonth.of(2026, 10);
        DemoScenario month = DemoScenario.generate(7, october, october, LONG_AFTER);

        Map<String, Long> citizensPerOffice = month.stories().stream()
                .flatMap(s -> s.visits().stream().map(v -> Map.entry(v.officeId(), s.person().fiscalCode()))).distinct()
                .collect(Collectors.groupingBy(Map.Entry::getKey, Collectors.counting()));

        assertThat(citizensPerOffice.keySet()).containsExactlyInAnyOrderElementsOf(
                OfficeCatalogue.offices().stream().map(Office::id).toList());
        // Above the report's threshold of 5 everywhere, so no office's row is all withheld.
        assertThat(citizensPerOffice.values()).allSatisfy(count -> assertThat(count).isGreaterThanOrEqualTo(5));
    }

    @Test
    void aYearHasRepeatVisitorsAnonymousContactsReopenedCasesAndEveryOutcomeAndChannel() {
        List<Step> steps = YEAR.stories().stream().flatMap(s -> s.steps().stream()).toList();
        Set<ContactOutcome> outcomes = YEAR.visits().flatMap(v -> v.outcomes().stream()).collect(Collectors.toSet());
        long repeatVisitors = YEAR.stories().stream().filter(s -> s.visits().stream()
                .map(v -> YearMonth.from(LocalDate.ofInstant(v.at(), ROME))).distinct().count() > 1).count();
        long newCases = YEAR.stories().stream().filter(DemoScenarioTest::returnsAfterClosure).count();

        assertThat(YEAR.anonymousContacts()).hasSizeGreaterThan(500);
        assertThat(repeatVisitors).isGreaterThan(300);
        assertThat(steps).filteredOn(TakeInCharge.class::isInstance).hasSizeGreaterThan(200);
        assertThat(steps).filteredOn(Close.class::isInstance).hasSizeGreaterThan(500);
        assertThat(newCases).isGreaterThan(10);
        // Care and control outcomes both occur, and every outcome the API knows.
        assertThat(outcomes).containsExactlyInAnyOrder(ContactOutcome.values());
        assertThat(YEAR.visits().map(Visit::channel).collect(Collectors.toSet())).containsExactlyInAnyOrder(Channel.values());
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
                DemoScenario alone = DemoScenario.generate(seed, month, month, LONG_AFTER);

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
        return scenario.stories().stream()
                .filter(s -> YearMonth.from(LocalDate.ofInstant(s.steps().get(0).at(), ROME)).equals(month))
                .collect(Collectors.toMap(s -> s.person().fiscalCode(), s -> s.visits().get(0), (a, b) -> a,
                        java.util.TreeMap::new));
    }
}
