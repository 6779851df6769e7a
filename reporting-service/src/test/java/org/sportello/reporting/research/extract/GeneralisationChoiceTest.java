package org.sportello.reporting.research.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sportello.reporting.research.extract.ExtractEpisode.Citizen.born;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.sportello.reporting.research.extract.ExtractEpisode.Citizen;

/**
 * The extract's generalisation on hand-made populations whose answer is known: the least
 * generalised level of the grid that withholds at most 5 % of the rows, persons counted once however
 * many episodes they have, an anonymous contact a person of its own.
 */
class GeneralisationChoiceTest {

    private static final int K = 5;

    @Test
    void theGridGoesFromTheLeastToTheMostGeneralised() {
        assertThat(Generalisation.GRID).extracting(Generalisation::label).containsExactly(
                "ageBand=fine;period=month;place=office",
                "ageBand=coarse;period=month;place=office",
                "ageBand=fine;period=quarter;place=office",
                "ageBand=fine;period=month;place=municipality",
                "ageBand=coarse;period=quarter;place=office",
                "ageBand=coarse;period=month;place=municipality",
                "ageBand=fine;period=quarter;place=municipality",
                "ageBand=coarse;period=quarter;place=municipality");
        // Each level coarsens at least what some earlier level coarsened: never a step back to finer.
        assertThat(Generalisation.coarsest()).isEqualTo(new Generalisation(AgeBands.COARSE, Period.QUARTER,
                Place.MUNICIPALITY));
    }

    @Test
    void ageBandsFineAndCoarse() {
        assertThat(List.of(0, 17, 18, 24, 25, 34, 35, 64, 65, 74, 75, 102)).extracting(AgeBands.FINE::band)
                .containsExactly("0-17", "0-17", "18-24", "18-24", "25-34", "25-34", "35-44", "55-64", "65-74",
                        "65-74", "75+", "75+");
        assertThat(List.of(0, 17, 18, 64, 65, 90)).extracting(AgeBands.COARSE::band)
                .containsExactly("0-17", "0-17", "18-64", "18-64", "65+", "65+");
        assertThat(AgeBands.FINE.band(null)).isEqualTo("unknown");
        // A birth year after the episode's year is not an age anyone has.
        assertThat(AgeBands.COARSE.band(-1)).isEqualTo("unknown");
    }

    @Test
    void periodsAndPlaces() {
        assertThat(Period.QUARTER.of(java.time.YearMonth.parse("2025-03"))).isEqualTo("2025-Q1");
        assertThat(Period.QUARTER.of(java.time.YearMonth.parse("2025-04"))).isEqualTo("2025-Q2");
        assertThat(Period.QUARTER.of(java.time.YearMonth.parse("2025-12"))).isEqualTo("2025-Q4");
        assertThat(Period.MONTH.of(java.time.YearMonth.parse("2025-12"))).isEqualTo("2025-12");
        assertThat(Place.MUNICIPALITY.of("monza-centro", null)).isEqualTo("unknown");
        assertThat(Generalisation.sex("X")).isEqualTo("unknown");
        assertThat(Generalisation.sex(null)).isEqualTo("unknown");
    }

    @Test
    void aPopulationWhoseEveryCombinationHasFivePersonsIsGivenUngeneralised() {
        List<ExtractEpisode> population = new ArrayList<>();
        population.addAll(persons(5, 1990, "F", "monza-centro", "2025-03"));
        population.addAll(persons(5, 1950, "M", "monza-centro", "2025-03"));

        InMemoryExtract.Result extract = InMemoryExtract.of(population, K);

        assertThat(extract.chosen()).isEqualTo(new GeneralisationChoice.Level(Generalisation.GRID.get(0), 10, 0));
    }

    @Test
    void fivePercentWithheldIsStillWithinTheLimit() {
        // 38 rows in two combinations of 19 persons and 2 alone: 2 of 40 is exactly 5 %.
        List<ExtractEpisode> population = new ArrayList<>();
        population.addAll(persons(19, 1995, "F", "monza-centro", "2025-03"));
        population.addAll(persons(19, 1985, "F", "monza-centro", "2025-03"));
        population.addAll(persons(1, 2004, "F", "monza-centro", "2025-03"));
        population.addAll(persons(1, 1975, "F", "monza-centro", "2025-03"));

        InMemoryExtract.Result extract = InMemoryExtract.of(population, K);

        assertThat(extract.chosen()).isEqualTo(new GeneralisationChoice.Level(Generalisation.GRID.get(0), 40, 2));
    }

    @Test
    void moreThanFivePercentWithheldCoarsensTheAgesFirst() {
        // A third lone adult: 3 of 41 rows (7.3 %) at fine ages; every adult is 18-64 at coarse ones.
        List<ExtractEpisode> population = new ArrayList<>();
        population.addAll(persons(19, 1995, "F", "monza-centro", "2025-03"));
        population.addAll(persons(19, 1985, "F", "monza-centro", "2025-03"));
        population.addAll(persons(1, 2004, "F", "monza-centro", "2025-03"));
        population.addAll(persons(1, 1975, "F", "monza-centro", "2025-03"));
        population.addAll(persons(1, 1965, "F", "monza-centro", "2025-03"));

        InMemoryExtract.Result extract = InMemoryExtract.of(population, K);

        assertThat(extract.levels().get(0).withheld()).isEqualTo(3);
        assertThat(extract.chosen()).isEqualTo(new GeneralisationChoice.Level(Generalisation.GRID.get(1), 41, 0));
    }

    @Test
    void aPersonWithManyEpisodesIsOnePerson() {
        // One citizen's five episodes in one combination cover one person, not five: all withheld at every
        // level, so the coarsest is used.
        Citizen regular = born(1980, "M");
        List<ExtractEpisode> population = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            population.add(ExtractEpisode.of(regular, "monza-centro", "monza", "2025-03", "WALK_IN"));
        }

        InMemoryExtract.Result extract = InMemoryExtract.of(population, K);

        assertThat(extract.chosen()).isEqualTo(new GeneralisationChoice.Level(Generalisation.coarsest(), 5, 5));
        assertThat(extract.released()).isEmpty();
    }

    @Test
    void anonymousContactsAreEachAPersonOfTheirOwn() {
        List<ExtractEpisode> population = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            population.add(ExtractEpisode.anonymous("monza-centro", "monza", "2025-03", "PHONE"));
        }

        InMemoryExtract.Result extract = InMemoryExtract.of(population, K);

        assertThat(extract.chosen()).isEqualTo(new GeneralisationChoice.Level(Generalisation.GRID.get(0), 5, 0));
        assertThat(InMemoryExtract.rows(extract)).extracting(EpisodesCsv.Row::ageBand, EpisodesCsv.Row::sex)
                .containsOnly(org.assertj.core.groups.Tuple.tuple("unknown", "unknown"));
    }

    @Test
    void monthsSpreadThinAreGivenAsTheirQuarter() {
        // Two or three persons a month, the same age band: only the quarter has five (coarse ages do not help).
        List<ExtractEpisode> population = new ArrayList<>();
        population.addAll(persons(2, 1990, "F", "monza-centro", "2025-01"));
        population.addAll(persons(2, 1990, "F", "monza-centro", "2025-02"));
        population.addAll(persons(3, 1990, "F", "monza-centro", "2025-03"));

        InMemoryExtract.Result extract = InMemoryExtract.of(population, K);

        assertThat(extract.chosen()).isEqualTo(new GeneralisationChoice.Level(Generalisation.GRID.get(2), 7, 0));
        assertThat(InMemoryExtract.rows(extract)).extracting(EpisodesCsv.Row::period).containsOnly("2025-Q1");
    }

    @Test
    void smallOfficesAreGivenAsTheirMunicipality() {
        // Three persons at each of two offices of Monza in one month.
        List<ExtractEpisode> population = new ArrayList<>();
        population.addAll(persons(3, 1990, "F", "monza-san-rocco", "2025-03"));
        population.addAll(persons(3, 1990, "F", "monza-liberta", "2025-03"));

        InMemoryExtract.Result extract = InMemoryExtract.of(population, K);

        assertThat(extract.chosen()).isEqualTo(new GeneralisationChoice.Level(Generalisation.GRID.get(3), 6, 0));
        assertThat(InMemoryExtract.rows(extract)).extracting(EpisodesCsv.Row::place).containsOnly("monza");
    }

    @Test
    void whenNoLevelKeepsWithinTheLimitTheCoarsestWithholdsWhatItMust() {
        // Ten persons alike and one a different sex: 1 of 11 rows (9 %) withheld at every level.
        List<ExtractEpisode> population = new ArrayList<>();
        population.addAll(persons(10, 1990, "F", "monza-centro", "2025-03"));
        population.addAll(persons(1, 1990, "M", "monza-centro", "2025-03"));

        InMemoryExtract.Result extract = InMemoryExtract.of(population, K);

        assertThat(extract.chosen()).isEqualTo(new GeneralisationChoice.Level(Generalisation.coarsest(), 11, 1));
        assertThat(extract.released()).hasSize(10).allSatisfy(episode -> assertThat(episode.sex()).isEqualTo("F"));
    }

    @Test
    void aLargerKGeneralisesMore() {
        List<ExtractEpisode> population = new ArrayList<>();
        population.addAll(persons(5, 1990, "F", "monza-centro", "2025-01"));
        population.addAll(persons(5, 1990, "F", "monza-centro", "2025-02"));

        assertThat(InMemoryExtract.of(population, 5).chosen().generalisation()).isEqualTo(Generalisation.GRID.get(0));
        assertThat(InMemoryExtract.of(population, 10).chosen().generalisation()).isEqualTo(Generalisation.GRID.get(2));
    }

    @Test
    void anEmptyExtractIsUngeneralisedAndWithholdsNothing() {
        assertThat(GeneralisationChoice.choose(Generalisation.GRID.stream()
                .map(level -> new GeneralisationChoice.Level(level, 0, 0)).toList()))
                .isEqualTo(new GeneralisationChoice.Level(Generalisation.GRID.get(0), 0, 0));
    }

    @Test
    void theLimitIsCountedInWholeRows() {
        // 5 % of 19 rows is 0.95: one withheld row is too many.
        assertThat(GeneralisationChoice.withinLimit(new GeneralisationChoice.Level(Generalisation.GRID.get(0), 19, 1)))
                .isFalse();
        assertThat(GeneralisationChoice.withinLimit(new GeneralisationChoice.Level(Generalisation.GRID.get(0), 20, 1)))
                .isTrue();
    }

    private static List<ExtractEpisode> persons(int count, int birthYear, String sex, String office, String month) {
        List<ExtractEpisode> episodes = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            episodes.add(ExtractEpisode.of(born(birthYear, sex), office, "monza", month, "WALK_IN"));
        }
        return episodes;
    }
}
