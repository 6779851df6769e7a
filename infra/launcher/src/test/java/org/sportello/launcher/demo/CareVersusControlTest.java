package org.sportello.launcher.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

/**
 * The demo's municipalities answer first access recognisably: computed from the plan under scheme v1 as
 * the research indicators define them (API12.md), Monza's care-first share is clearly above Messina's
 * in the year and in every month, Messina screens before any care far more often, takes fewer cases in
 * charge, and has every first contact at its one central office, while most of Monza's are at its
 * neighbourhood offices; the other seed towns, of mixed approach, lie between.
 */
class CareVersusControlTest {

    private static final YearMonth FIRST = YearMonth.of(2025, 11);
    private static final YearMonth LAST = YearMonth.of(2026, 10);
    private static final Instant LONG_AFTER = Instant.parse("2030-01-01T00:00:00Z");

    @Test
    void monzaStartsCareAtTheFirstInterviewFarMoreOftenThanMessina() {
        for (long seed : new long[] {1, 7}) {
            PlannedEpisodes year = episodes(seed);
            PlannedEpisodes monza = year.of("monza");
            PlannedEpisodes messina = year.of("messina");

            assertThat(monza.careFirstShare()).as("seed %d: Monza's care-first share", seed)
                    .isGreaterThan(messina.careFirstShare() + 0.25).isGreaterThan(0.5);
            assertThat(messina.careFirstShare()).as("seed %d: Messina's", seed).isLessThan(0.35);
            assertThat(messina.controlBeforeCareShare()).as("seed %d: control before care", seed)
                    .isGreaterThan(monza.controlBeforeCareShare() + 0.25);
            assertThat(messina.takenInChargeShare()).as("seed %d: taken in charge", seed)
                    .isLessThan(monza.takenInChargeShare());
        }
    }

    @Test
    void theDifferenceShowsInEveryMonthAboveTheDisclosureThreshold() {
        PlannedEpisodes year = episodes(7);
        for (YearMonth month = FIRST; !month.isAfter(LAST); month = month.plusMonths(1)) {
            PlannedEpisodes monza = year.of("monza").in(month);
            PlannedEpisodes messina = year.of("messina").in(month);

            // Well above the threshold of 5, so that no month's share is withheld.
            assertThat(monza.size()).as("Monza's episodes in %s", month).isGreaterThan(50);
            assertThat(messina.size()).as("Messina's episodes in %s", month).isGreaterThan(20);
            assertThat(monza.careFirstShare()).as("care first in %s", month)
                    .isGreaterThan(messina.careFirstShare() + 0.15);
        }
    }

    @Test
    void monzasFirstContactsAreMostlyAtItsNeighbourhoodOfficesMessinasAllAtItsCentralOne() {
        PlannedEpisodes year = episodes(7);

        assertThat(year.of("monza").decentralisedShare()).isBetween(0.45, 0.8);
        assertThat(year.of("messina").decentralisedShare()).isZero();
        assertThat(year.of("messina").episodes()).extracting(PlannedEpisodes.Episode::officeId)
                .containsOnly("messina-centrale");
    }

    @Test
    void theTownsOfMixedApproachLieBetweenMonzaAndMessina() {
        PlannedEpisodes year = episodes(7);
        double monza = year.of("monza").careFirstShare();
        double messina = year.of("messina").careFirstShare();

        for (String town : List.of("massa", "pioltello", "segrate", "corsico")) {
            assertThat(year.of(town).careFirstShare()).as(town).isStrictlyBetween(messina, monza);
        }
    }

    @Test
    void citizensAgesAndSexAreSpreadAsAtAFirstAccessOffice() {
        DemoScenario scenario = SeedCalendar.scenario(7, FIRST, LAST, LONG_AFTER);
        List<Person> people = scenario.stories().stream().map(DemoScenario.CitizenStory::person).toList();
        // Each one's age when they first come.
        List<Integer> ages = scenario.stories().stream().map(s -> Period.between(s.person().birthDate(),
                LocalDate.ofInstant(s.steps().get(0).at(), DemoOffice.ZONE)).getYears()).toList();
        Map<Integer, Long> byDecade = ages.stream().collect(Collectors.groupingBy(age -> age / 10 * 10,
                Collectors.counting()));
        double women = (double) people.stream().filter(p -> p.sex() == 'F').count() / people.size();

        assertThat(people).allSatisfy(p -> assertThat(p.sex()).isIn('F', 'M'));
        assertThat(women).isBetween(0.5, 0.7);
        // Adults of every age, the elderly up to their nineties; no one under 18 registers for themselves.
        assertThat(ages).allSatisfy(age -> assertThat(age).isBetween(18, 99));
        assertThat(byDecade.keySet()).contains(20, 30, 40, 50, 60, 70, 80, 90);
        for (int decade = 20; decade <= 80; decade += 10) {
            assertThat((double) byDecade.get(decade) / people.size()).as("aged %d to %d", decade, decade + 9)
                    .isGreaterThan(0.04);
        }
    }

    private static PlannedEpisodes episodes(long seed) {
        DemoPlan plan = new DemoPlan(seed, FIRST, LAST);
        Map<String, DemoOffice> offices = SeedCalendar.offices(plan.seedStructure(), plan.hoursFrom(), plan.hoursUntil())
                .stream().collect(Collectors.toMap(DemoOffice::id, o -> o));
        return PlannedEpisodes.of(SeedCalendar.scenario(seed, FIRST, LAST, LONG_AFTER), offices);
    }
}
