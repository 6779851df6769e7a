package org.sportello.reporting.research.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * On random populations, whatever the level chosen: no combination of quasi-identifiers in the
 * extract covers fewer than k persons; at most 5 % of the rows are withheld unless the coarsest
 * level is used; and no less generalised level would have kept within the limit.
 */
class KAnonymousExtractProperties {

    @Property(tries = 300)
    void noCombinationInAnyExtractCoversFewerThanKPersons(@ForAll long seed, @ForAll @IntRange(max = 250) int size,
                                                          @ForAll @IntRange(min = 1, max = 120) int persons,
                                                          @ForAll @IntRange(min = 1, max = 12) int k) {
        List<ExtractEpisode> population = Populations.random(seed, size, persons, YearMonth.of(2025, 2));

        InMemoryExtract.Result extract = InMemoryExtract.of(population, k);

        Map<List<String>, Set<UUID>> released = InMemoryExtract.persons(extract.released(),
                extract.chosen().generalisation());
        assertThat(released.values()).allSatisfy(covered -> assertThat(covered).hasSizeGreaterThanOrEqualTo(k));
        // Counted within the released rows alone, as an attacker reading the extract would count.
        assertThat(extract.released().size() + extract.chosen().withheld()).isEqualTo(population.size());
    }

    @Property(tries = 300)
    void atMostFivePercentIsWithheldUnlessTheCoarsestLevelIsUsed(@ForAll long seed,
                                                                 @ForAll @IntRange(max = 250) int size,
                                                                 @ForAll @IntRange(min = 1, max = 120) int persons,
                                                                 @ForAll @IntRange(min = 1, max = 12) int k) {
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
