package org.sportello.reporting.research.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

class AuditTest {

    /**
     * The audit example of the tau-ARGUS 4.1 user's manual (Statistics Netherlands, 2014), section
     * 2.15 "Audit", manual p. 31: a 3 x 2 table whose first two rows are withheld, with row totals
     * 7 and 3, third row 3 and 3, column totals 9 and 7; "for cell (1,1) these bounds are
     * (X11)min = 3 and (X11)max = 6". The other three intervals follow from the same relations
     * (X12 = 7 - X11, X21 = 6 - X11, X22 = 3 - X21).
     */
    @Test
    void theTauArgusManualsAuditExampleBoundsCellOneOneBetweenThreeAndSix() {
        Release release = Release.of(List.of(Grids.grid("t", new long[][] {{4, 3}, {2, 1}, {3, 3}})));
        Set<String> withheld = Set.of("t/r1/c1", "t/r1/c2", "t/r2/c1", "t/r2/c2");

        Map<String, FeasibilityInterval> intervals = new Audit(release, 3).intervals(withheld);

        assertThat(intervals).containsExactlyInAnyOrderEntriesOf(Map.of(
                "t/r1/c1", new FeasibilityInterval(3, 6),
                "t/r1/c2", new FeasibilityInterval(1, 4),
                "t/r2/c1", new FeasibilityInterval(0, 3),
                "t/r2/c2", new FeasibilityInterval(0, 3)));
    }

    @Test
    void theManualsPatternPassesAThresholdOfThreeButNotOfFive() {
        Release release = Release.of(List.of(Grids.grid("t", new long[][] {{4, 3}, {2, 1}, {3, 3}})));
        Set<String> withheld = Set.of("t/r1/c1", "t/r1/c2", "t/r2/c1", "t/r2/c2");

        assertThat(new Audit(release, 3).passes(withheld)).isTrue();
        // The second row's cells sum to 3, published as its total: with 5, that sum is a small count.
        assertThat(new Audit(release, 5).passes(withheld)).isFalse();
    }

    @Test
    void aSmallCountAloneInItsRowIsGivenAwayByTheTotal() {
        Release release = Release.of(List.of(Grids.row("m", List.of("a", "b", "c"), 12, 9, 2)));

        assertThat(new Audit(release, 5).passes(Set.of("c"))).isFalse();
        assertThat(new Audit(release, 5).intervals(Set.of("c"))).containsEntry("c", new FeasibilityInterval(2, 2));
    }

    @Test
    void aCellNoPublishedTotalCapsIsUnbounded() {
        Release release = Release.of(List.of(Grids.row("m", List.of("a", "b"), 3, 9)));

        assertThat(new Audit(release, 5).intervals(Set.of("a", "m")))
                .containsEntry("a", new FeasibilityInterval(0, FeasibilityInterval.UNBOUNDED));
    }

    @Test
    void anInsiderKnowsItsOwnCellsAndCanSubtractThem() {
        Release release = Release.of(List.of(Grids.row("m", List.of("a", "b", "c"), 12, 9, 2)));
        Set<String> withheld = Set.of("b", "c");

        assertThat(new Audit(release, 5).intervals(withheld)).containsEntry("c", new FeasibilityInterval(0, 11));
        assertThat(new Audit(release, 5).intervals(withheld, Set.of("b")))
                .containsOnlyKeys("c").containsEntry("c", new FeasibilityInterval(2, 2));
    }

    @Test
    void anInsiderWhoCanPinAnotherOfficeFailsTheAudit() {
        Release insiders = new Release(List.of(Grids.row("m", List.of("a", "b", "c"), 12, 9, 2)),
                Map.of(), Set.of(), List.of(Set.of("a"), Set.of("b"), Set.of("c")));

        assertThat(new Audit(insiders, 5).passes(Set.of("b", "c"))).isFalse();
        assertThat(new Audit(insiders, 5).passes(Set.of("a", "b", "c"))).isTrue();
    }

    @Test
    void aValuePublishedEarlierIsKnownToTheAttacker() {
        Release release = new Release(List.of(Grids.row("m", List.of("a", "b", "c"), 12, 9, 2)),
                Map.of("b", 9L), Set.of(), List.of());

        assertThat(new Audit(release, 5).passes(Set.of("b", "c"))).isFalse();
        assertThat(new Audit(release, 5).intervals(Set.of("b", "c"))).containsOnlyKeys("c")
                .containsEntry("c", new FeasibilityInterval(2, 2));
    }

    @Test
    void anEarlierValueThatDiffersFromTodaysIsADifferentFigure() {
        Release release = new Release(List.of(Grids.row("m", List.of("a", "b", "c"), 12, 9, 2)),
                Map.of("b", 8L), Set.of(), List.of());

        assertThat(new Audit(release, 5).passes(Set.of("b", "c"))).isTrue();
    }

    @Test
    void twoWithheldOnesInARowAreKnownToSumToTwo() {
        Release release = Release.of(List.of(Grids.row("m", List.of("a", "b", "c"), 1, 1, 10)));

        // Each 1 alone could be 0, 1 or 2: but together they are exactly 2.
        assertThat(new Audit(release, 5).intervals(Set.of("a", "b")))
                .containsEntry("a", new FeasibilityInterval(0, 2));
        assertThat(new Audit(release, 5).passes(Set.of("a", "b"))).isFalse();
        assertThat(new Audit(release, 5).passes(Set.of("a", "b", "c"))).isTrue();
    }

    @Test
    void anAllOfficesCountOfDistinctCitizensIsAtLeastEachOfficeAndAtMostTheirSum() {
        Table citizens = new Table("citizens",
                List.of(new Cell("a", 3), new Cell("b", 10), new Cell("c", 8), new Cell("all", 18)),
                List.of(Relation.bounded("all", List.of("a", "b", "c"))));
        Release release = Release.of(List.of(citizens));

        // all <= a + 10 + 8 gives a >= 0 only; a <= all gives a <= 18.
        assertThat(new Audit(release, 5).intervals(Set.of("a"))).containsEntry("a", new FeasibilityInterval(0, 18));
        assertThat(new Audit(release, 5).passes(Set.of("a"))).isTrue();
    }

    @Test
    void anAllOfficesCountEqualToOneOfficeWithNobodyElsePinsThatOffice() {
        Table citizens = new Table("citizens",
                List.of(new Cell("a", 4), new Cell("b", 0), new Cell("c", 0), new Cell("all", 4)),
                List.of(Relation.bounded("all", List.of("a", "b", "c"))));
        Release release = Release.of(List.of(citizens));

        // a <= 4 = all <= a + 0 + 0.
        assertThat(new Audit(release, 5).intervals(Set.of("a"))).containsEntry("a", new FeasibilityInterval(4, 4));
        assertThat(new Audit(release, 5).passes(Set.of("a"))).isFalse();
    }
}
