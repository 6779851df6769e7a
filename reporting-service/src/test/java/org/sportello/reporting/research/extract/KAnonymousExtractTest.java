package org.sportello.reporting.research.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * On random populations, whatever the level chosen: no combination of quasi-identifiers in the
 * extract covers fewer than k persons; at most 5 % of the rows are withheld unless the coarsest
 * level is used; and no less generalised level would have kept within the limit.
 *
 * <p>Property tests in plain JUnit: 150 random populations (size up to 250, 1 to 120 persons, k 1
 * to 12) drawn from a fixed seed, so a failure names its arguments and repeats on every run.
 */
class KAnonymousExtractTest {

    static Stream<Arguments> populations() {
        Random random = new Random(20261203L);
        return Stream.generate(() -> Arguments.of(random.nextLong(), random.nextInt(251), 1 + random.nextInt(120),
                1 + random.nextInt(12))).limit(150);
    }

    @ParameterizedTest(name = "seed {0}, {1} episodes of {2} persons, k {3}")
    @MethodSource("populations")
    void noCombinationInAnyExtractCoversFewerThanKPersons(long seed, int size, int persons, int k) {
        List<ExtractEpisode> population = Populations.random(seed, size, persons, YearMonth.of(2025, 2));

        InMemoryExtract.Result extract = InMemoryExtract.of(population, k);

        Map<List<String>, Set<UUID>> released = InMemoryExtract.persons(extract.released(),
                extract.chosen().generalisation());
        assertThat(released.values()).allSatisfy(covered -> assertThat(covered).hasSizeGreaterThanOrEqualTo(k));
        // Counted within the released rows alone, as an attacker reading the extract would count.
        assertThat(extract.released().size() + extract.chosen().withheld()).isEqualTo(population.size());
    }

    @ParameterizedTest(name = "seed {0}, {1} episodes of {2} persons, k {3}")
    @MethodSource("populations")
    void atMostFivePercentIsWithheldUnlessTheCoarsestLevelIsUsed(long seed, int size, int persons, int k) {
        List<ExtractEpisode> population = Populations.random(seed, size, persons, YearMonth.of(2025, 2));

        InMemoryExtract.Result extract = InMemoryExtract.of(population, k);

        GeneralisationChoice.Level chosen = extract.chosen();
        if (!chosen.generalisation().equals(Generalisation.coarsest())) {
            assertThat(chosen.withheld() * 100).isLessThanOrEqualTo(chosen.rows() * 5);
        }
        int index = Generalisation.GRID.indexOf(chosen.generalisation());
        assertThat(extract.levels().subList(0, index)).noneMatch(GeneralisationChoice::withinLimit);
    }
}
