package org.sportello.reporting.research.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.sportello.reporting.research.SmallCellSuppression;

class CellSuppressionTest {

    private final CellSuppression five = new CellSuppression(new SmallCellSuppression(5));

    @Test
    void countsFromOneToFourAreWithheldAndNothingElseWhenNoTotalGivesThemAway() {
        Table offices = new Table("offices", List.of(new Cell("a", 0), new Cell("b", 4), new Cell("c", 5)), List.of());

        assertThat(five.protect(Release.of(List.of(offices))).withheld()).containsExactly("b");
    }

    @Test
    void aSmallCountBesideItsTotalNeedsASecondCellAndTheSmallestOtherPartIsIt() {
        Release release = Release.of(List.of(Grids.row("m", List.of("a", "b", "c"), 12, 9, 2)));

        // c = 2 alone would be 23 - 12 - 9; withholding 9 leaves c anywhere in 0..11.
        assertThat(five.protect(release).withheld()).containsExactlyInAnyOrder("b", "c");
    }

    @Test
    void twoWithheldOnesInARowDoNotProtectEachOther() {
        Release release = Release.of(List.of(Grids.row("m", List.of("a", "b", "c"), 1, 1, 10)));

        assertThat(five.protect(release).withheld()).containsExactlyInAnyOrder("a", "b", "c");
    }

    @Test
    void aTotalIsWithheldOnlyWhenNoOtherCellHelps() {
        // One part only: its total is its copy, so the total itself must go.
        Table alone = new Table("m", List.of(new Cell("a", 3), new Cell("m", 3), new Cell("x", 40)),
                List.of(Relation.sum("m", List.of("a"))));

        assertThat(five.protect(Release.of(List.of(alone))).withheld()).containsExactlyInAnyOrder("a", "m");
    }

    @Test
    void theAllOfficesDistinctCitizensRowNeedsNoComplementWhenItHidesTheSmallOffice() {
        Table citizens = new Table("citizens",
                List.of(new Cell("a", 3), new Cell("b", 10), new Cell("c", 8), new Cell("all", 18)),
                List.of(Relation.bounded("all", List.of("a", "b", "c"))));

        // Modelled as a sum it would be inconsistent (18 < 21); as office <= all <= sum, a is in 0..18.
        assertThat(five.protect(Release.of(List.of(citizens))).withheld()).containsExactly("a");
    }

    @Test
    void theAllOfficesDistinctCitizensRowNeverNeedsItsOwnWithholdingForAnOfficeAboveZeroOthers() {
        Table citizens = new Table("citizens",
                List.of(new Cell("a", 4), new Cell("b", 0), new Cell("c", 6), new Cell("all", 6)),
                List.of(Relation.bounded("all", List.of("a", "b", "c"))));

        // a <= 6 = all <= a + 0 + 6: a is anywhere in 0..6, though every citizen of a also went to c.
        assertThat(five.protect(Release.of(List.of(citizens))).withheld()).containsExactly("a");
    }

    @Test
    void aCellPublishedInAnEarlierReleaseCannotServeAsComplement() {
        Release release = new Release(List.of(Grids.row("m", List.of("a", "b", "c"), 12, 9, 2)),
                Map.of("b", 9L), Set.of(), List.of());

        // b was published before: withholding it again hides nothing, so a goes instead.
        assertThat(five.protect(release).withheld()).containsExactlyInAnyOrder("a", "c");
    }

    @Test
    void lastMonthsWithheldCellIsPreferredToASmallerOne() {
        Release release = new Release(List.of(Grids.row("m", List.of("a", "b", "c"), 12, 9, 2)),
                Map.of(), Set.of("a"), List.of());

        assertThat(five.protect(release).withheld()).containsExactlyInAnyOrder("a", "c");
    }

    @Test
    void theStaffOfOneOfficeCannotPinAnotherOfficesCount() {
        Release release = new Release(List.of(Grids.row("m", List.of("a", "b", "c"), 12, 9, 2)),
                Map.of(), Set.of(), List.of(Set.of("a"), Set.of("b"), Set.of("c")));

        Protection protection = five.protect(release);

        // Withholding b and c would hide c from outsiders, not from b's staff: 23 - 12 - 9 = 2.
        assertThat(protection.withheld()).containsExactlyInAnyOrder("a", "b", "c");
        Audit audit = new Audit(release, 5);
        for (String office : List.of("a", "b")) {
            FeasibilityInterval c = audit.intervals(protection.withheld(), Set.of(office)).get("c");
            assertThat(c.isExact()).as("office %s's staff", office).isFalse();
            assertThat(c.liesWithin(1, 4)).as("office %s's staff", office).isFalse();
        }
    }

    @Test
    void aMonthWhoseSmallCountWasGivenAwayBeforeIsWithheldWhole() {
        Release release = new Release(List.of(Grids.row("m", List.of("a", "b", "z"), 2, 5, 0)),
                Map.of("b", 5L, "m", 7L), Set.of(), List.of());

        // Earlier releases published b and the total: a = 7 - 5 - z, and withholding the zero z
        // still leaves a + z = 2, a small count; nothing that is left to withhold can help.
        assertThat(five.protect(release).withheld()).containsExactlyInAnyOrder("a", "b", "m");
    }

    @Test
    void theSamePatternWhateverTheOrderOfTablesCellsAndRelations() {
        Table grid = Grids.grid("g", new long[][] {{1, 7, 9}, {6, 2, 8}, {11, 6, 3}});
        Table row = Grids.row("h", List.of("h/a", "h/b", "h/c"), 3, 8, 12);
        List<Cell> cells = new ArrayList<>(grid.cells());
        Collections.reverse(cells);
        List<Relation> relations = new ArrayList<>(grid.relations());
        Collections.reverse(relations);
        Table shuffled = new Table("g", cells, relations);

        Protection first = five.protect(Release.of(List.of(grid, row)));
        Protection again = five.protect(Release.of(List.of(grid, row)));
        Protection reordered = five.protect(Release.of(List.of(row, shuffled)));

        assertThat(again).isEqualTo(first);
        assertThat(reordered).isEqualTo(first);
    }
}
