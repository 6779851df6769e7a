package org.sportello.reporting.research.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

import org.sportello.reporting.research.SmallCellSuppression;

/**
 * Random grids up to 4 x 4 with every margin, counts 0..30 (small ones frequent), the staff of each
 * row as insiders, threshold 5.
 */
class CellSuppressionPropertyTest {

    private final CellSuppression five = new CellSuppression(new SmallCellSuppression(5));

    @Property(tries = 200)
    void noPublishedCountIsFromOneToFour(@ForAll("grids") long[][] interior) {
        Release release = release(interior);

        Protection protection = five.protect(release);

        for (Cell cell : release.tables().get(0).cells()) {
            if (!protection.withholds(cell.id())) {
                assertThat(cell.value()).as(cell.id()).satisfiesAnyOf(
                        value -> assertThat(value).isZero(), value -> assertThat(value).isGreaterThanOrEqualTo(5));
            }
        }
    }

    @Property(tries = 200)
    void theAuditPassesForTheOutsiderAndForTheStaffOfEveryRow(@ForAll("grids") long[][] interior) {
        Release release = release(interior);

        Protection protection = five.protect(release);

        assertThat(new Audit(release, 5).passes(protection.withheld())).isTrue();
        Audit outsider = new Audit(Release.of(release.tables()), 5);
        assertThat(outsider.passes(protection.withheld())).isTrue();
        for (Set<String> staff : release.insiders()) {
            for (Map.Entry<String, FeasibilityInterval> cell : outsider.intervals(protection.withheld(), staff).entrySet()) {
                assertThat(cell.getValue().isExact()).as("%s for %s", cell.getKey(), staff).isFalse();
                assertThat(cell.getValue().liesWithin(1, 4)).as("%s for %s", cell.getKey(), staff).isFalse();
            }
        }
    }

    @Property(tries = 100)
    void theSameReleaseGivesTheSamePatternInWhateverOrder(@ForAll("grids") long[][] interior) {
        Release release = release(interior);
        Table table = release.tables().get(0);
        List<Cell> cells = new ArrayList<>(table.cells());
        Collections.reverse(cells);
        List<Relation> relations = new ArrayList<>(table.relations());
        Collections.reverse(relations);
        List<Set<String>> insiders = new ArrayList<>(release.insiders());
        Collections.reverse(insiders);
        Release reordered = new Release(List.of(new Table(table.name(), cells, relations)), Map.of(), Set.of(), insiders);

        Protection first = five.protect(release);

        assertThat(five.protect(release)).isEqualTo(first);
        assertThat(five.protect(reordered)).isEqualTo(first);
    }

    @Provide
    Arbitrary<long[][]> grids() {
        Arbitrary<Long> count = Arbitraries.frequencyOf(
                Tuple.of(2, Arbitraries.longs().between(0, 4)),
                Tuple.of(3, Arbitraries.longs().between(0, 30)));
        return Combinators.combine(Arbitraries.integers().between(1, 4), Arbitraries.integers().between(1, 4))
                .flatAs((rows, columns) -> count.array(long[].class).ofSize(columns).array(long[][].class).ofSize(rows));
    }

    private static Release release(long[][] interior) {
        List<Set<String>> insiders = new ArrayList<>();
        for (int r = 0; r < interior.length; r++) {
            insiders.add(Grids.rowKnowledge("g", r, interior[0].length));
        }
        return new Release(List.of(Grids.grid("g", interior)), Map.of(), Set.of(), insiders);
    }
}
