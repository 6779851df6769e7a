package org.sportello.reporting.research.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.sportello.reporting.research.SmallCellSuppression;

/**
 * Checks the audit itself against an exhaustive search: for small grids with every margin, every
 * integer table an attacker cannot rule out (non-negative, equal to every published cell, adding
 * up) is enumerated, and the rule applied to the values each withheld cell and each sum of
 * withheld parts actually takes. The audit's verdict must equal the exhaustive one, both ways:
 * a pattern the audit passes is safe, and a pattern it fails is really unsafe (so the LP, with its
 * integer fallback, is exact here, not merely conservative).
 *
 * <p>Threshold 3. Every table of 1 x 2 and 2 x 2 with values 0..6 and of 2 x 3 with values
 * 0..3 (1 x 3 with 0..4); 3 x 3 tables with values 0..6 are too many (7^9) and 200 of them are drawn with a fixed
 * seed. Each is audited with its primary pattern alone (mostly unsafe) and with the pattern
 * {@link CellSuppression} chose, which the exhaustive search must also find safe.
 */
class AuditBruteForceTest {

    private static final int THRESHOLD = 3;
    /**
     * Withheld cells no published total caps are searched up to this: above any sum of the values
     * here that could balance them, so the verdict is the uncapped one.
     */
    private static final int UNCAPPED = 20;

    private final CellSuppression suppression = new CellSuppression(new SmallCellSuppression(THRESHOLD));

    @Test
    void theAuditAgreesWithAnExhaustiveSearchOnEverySmallTable() {
        int[] checked = new int[2];
        for (int[] shape : new int[][] {{1, 2, 6}, {1, 3, 4}, {2, 2, 6}, {2, 3, 3}}) {
            int rows = shape[0];
            int columns = shape[1];
            int values = shape[2] + 1;
            long tables = (long) Math.pow(values, rows * columns);
            for (long code = 0; code < tables; code++) {
                long[][] interior = new long[rows][columns];
                long rest = code;
                for (int r = 0; r < rows; r++) {
                    for (int c = 0; c < columns; c++) {
                        interior[r][c] = rest % values;
                        rest /= values;
                    }
                }
                check(interior, checked);
            }
        }
        Random random = new Random(33);
        for (int sample = 0; sample < 200; sample++) {
            long[][] interior = new long[3][3];
            for (long[] row : interior) {
                for (int c = 0; c < 3; c++) {
                    row[c] = random.nextInt(7);
                }
            }
            check(interior, checked);
        }
        System.out.printf("audit = exhaustive search on %d patterns (%d of them safe)%n", checked[0], checked[1]);
        assertThat(checked[1]).isPositive().isLessThan(checked[0]);
    }

    private void check(long[][] interior, int[] checked) {
        Release release = Release.of(List.of(Grids.grid("g", interior)));
        Set<String> primary = new HashSet<>();
        for (Cell cell : release.tables().get(0).cells()) {
            if (cell.value() >= 1 && cell.value() < THRESHOLD) {
                primary.add(cell.id());
            }
        }
        Audit audit = new Audit(release, THRESHOLD);
        Set<String> protection = suppression.protect(release).withheld();
        for (Set<String> pattern : List.of(primary, protection)) {
            boolean exhaustive = new Exhaustive(interior, pattern).safe();
            if (pattern == protection) {
                assertThat(exhaustive).as("protected table %s, withheld %s", Arrays.deepToString(interior),
                        new TreeSet<>(pattern)).isTrue();
            }
            assertThat(audit.passes(pattern)).as("table %s, withheld %s", Arrays.deepToString(interior),
                    new TreeSet<>(pattern)).isEqualTo(exhaustive);
            checked[0]++;
            if (exhaustive) {
                checked[1]++;
            }
        }
    }

    /** Every table consistent with what a grid publishes, and the rule applied to what they show. */
    private static final class Exhaustive {

        private final long[][] truth;
        private final int rows;
        private final int columns;
        private final boolean[][] hidden;
        private final boolean[] rowTotalHidden;
        private final boolean[] columnTotalHidden;
        private final boolean grandHidden;
        private final long[][] table;
        /** Per withheld quantity (cells, then margins, then sums of withheld parts): the least and most seen. */
        private final List<long[]> seen = new ArrayList<>();
        private final List<Quantity> quantities = new ArrayList<>();

        Exhaustive(long[][] truth, Set<String> withheld) {
            this.truth = truth;
            rows = truth.length;
            columns = truth[0].length;
            hidden = new boolean[rows][columns];
            rowTotalHidden = new boolean[rows];
            columnTotalHidden = new boolean[columns];
            for (int r = 0; r < rows; r++) {
                rowTotalHidden[r] = withheld.contains(Grids.rowTotal("g", r));
                for (int c = 0; c < columns; c++) {
                    hidden[r][c] = withheld.contains(Grids.cell("g", r, c));
                }
            }
            for (int c = 0; c < columns; c++) {
                columnTotalHidden[c] = withheld.contains(Grids.columnTotal("g", c));
            }
            grandHidden = withheld.contains("g");
            table = new long[rows][columns];
            describeQuantities();
        }

        boolean safe() {
            for (Quantity quantity : quantities) {
                seen.add(new long[] {Long.MAX_VALUE, Long.MIN_VALUE});
            }
            search(0);
            for (int q = 0; q < quantities.size(); q++) {
                long lower = seen.get(q)[0];
                long upper = seen.get(q)[1];
                boolean small = lower >= 1 && upper <= THRESHOLD - 1;
                if (small || (quantities.get(q).single() && lower == upper)) {
                    return false;
                }
            }
            return true;
        }

        /** A withheld cell (one term) or the withheld parts of one relation (two or more terms), as terms over the table. */
        private record Quantity(List<long[]> terms, boolean single) {
        }

        private void describeQuantities() {
            for (int r = 0; r < rows; r++) {
                for (int c = 0; c < columns; c++) {
                    if (hidden[r][c]) {
                        quantities.add(new Quantity(List.of(new long[] {r, c}), true));
                    }
                }
            }
            for (int r = 0; r < rows; r++) {
                if (rowTotalHidden[r]) {
                    quantities.add(new Quantity(rowTerms(r), true));
                }
            }
            for (int c = 0; c < columns; c++) {
                if (columnTotalHidden[c]) {
                    quantities.add(new Quantity(columnTerms(c), true));
                }
            }
            if (grandHidden) {
                quantities.add(new Quantity(allTerms(), true));
            }
            // Sums of the withheld parts of each relation with two or more of them.
            for (int r = 0; r < rows; r++) {
                List<long[]> terms = new ArrayList<>();
                for (int c = 0; c < columns; c++) {
                    if (hidden[r][c]) {
                        terms.add(new long[] {r, c});
                    }
                }
                group(terms, 1);
            }
            for (int c = 0; c < columns; c++) {
                List<long[]> terms = new ArrayList<>();
                for (int r = 0; r < rows; r++) {
                    if (hidden[r][c]) {
                        terms.add(new long[] {r, c});
                    }
                }
                group(terms, 1);
            }
            List<long[]> rowTotals = new ArrayList<>();
            for (int r = 0; r < rows; r++) {
                if (rowTotalHidden[r]) {
                    rowTotals.addAll(rowTerms(r));
                }
            }
            group(rowTotals, countTrue(rowTotalHidden));
            List<long[]> columnTotals = new ArrayList<>();
            for (int c = 0; c < columns; c++) {
                if (columnTotalHidden[c]) {
                    columnTotals.addAll(columnTerms(c));
                }
            }
            group(columnTotals, countTrue(columnTotalHidden));
        }

        private void group(List<long[]> terms, int parts) {
            int count = parts == 1 ? terms.size() : parts;
            if (count >= 2) {
                quantities.add(new Quantity(terms, false));
            }
        }

        private static int countTrue(boolean[] flags) {
            int count = 0;
            for (boolean flag : flags) {
                if (flag) {
                    count++;
                }
            }
            return count;
        }

        private List<long[]> rowTerms(int r) {
            List<long[]> terms = new ArrayList<>();
            for (int c = 0; c < columns; c++) {
                terms.add(new long[] {r, c});
            }
            return terms;
        }

        private List<long[]> columnTerms(int c) {
            List<long[]> terms = new ArrayList<>();
            for (int r = 0; r < rows; r++) {
                terms.add(new long[] {r, c});
            }
            return terms;
        }

        private List<long[]> allTerms() {
            List<long[]> terms = new ArrayList<>();
            for (int r = 0; r < rows; r++) {
                terms.addAll(rowTerms(r));
            }
            return terms;
        }

        /** Fills withheld cells in row-major order; a row with a published total has its last withheld cell determined. */
        private void search(int position) {
            if (position == rows * columns) {
                if (consistent()) {
                    record();
                }
                return;
            }
            int r = position / columns;
            int c = position % columns;
            if (!hidden[r][c]) {
                table[r][c] = truth[r][c];
                next(position, r, c);
                return;
            }
            if (!rowTotalHidden[r] && isLastHiddenInRow(r, c)) {
                long rest = rowSum(truth, r);
                // Cells before c are filled; those after it are published.
                for (int other = 0; other < columns; other++) {
                    if (other != c) {
                        rest -= other < c ? table[r][other] : truth[r][other];
                    }
                }
                if (rest >= 0) {
                    table[r][c] = rest;
                    next(position, r, c);
                }
                return;
            }
            long cap = cap(r, c);
            for (long value = 0; value <= cap; value++) {
                table[r][c] = value;
                next(position, r, c);
            }
        }

        /** At the end of each row, prunes on its total and on the column totals so far. */
        private void next(int position, int r, int c) {
            if (c < columns - 1) {
                search(position + 1);
                return;
            }
            if (!rowTotalHidden[r] && rowSum(table, r) != rowSum(truth, r)) {
                return;
            }
            for (int column = 0; column < columns; column++) {
                if (!columnTotalHidden[column] && partialColumn(table, column, r) > columnSum(truth, column)) {
                    return;
                }
            }
            search(position + 1);
        }

        private boolean isLastHiddenInRow(int r, int c) {
            for (int other = c + 1; other < columns; other++) {
                if (hidden[r][other]) {
                    return false;
                }
            }
            return true;
        }

        private long cap(int r, int c) {
            long cap = UNCAPPED;
            if (!rowTotalHidden[r]) {
                cap = Math.min(cap, rowSum(truth, r));
            }
            if (!columnTotalHidden[c]) {
                cap = Math.min(cap, columnSum(truth, c));
            }
            if (!grandHidden) {
                cap = Math.min(cap, grand(truth));
            }
            return cap;
        }

        private boolean consistent() {
            for (int c = 0; c < columns; c++) {
                if (!columnTotalHidden[c] && columnSum(table, c) != columnSum(truth, c)) {
                    return false;
                }
            }
            for (int r = 0; r < rows; r++) {
                if (!rowTotalHidden[r] && rowSum(table, r) != rowSum(truth, r)) {
                    return false;
                }
            }
            return grandHidden || grand(table) == grand(truth);
        }

        private void record() {
            for (int q = 0; q < quantities.size(); q++) {
                long value = 0;
                for (long[] term : quantities.get(q).terms()) {
                    value += table[(int) term[0]][(int) term[1]];
                }
                long[] range = seen.get(q);
                range[0] = Math.min(range[0], value);
                range[1] = Math.max(range[1], value);
            }
        }

        private long rowSum(long[][] values, int r) {
            long sum = 0;
            for (int c = 0; c < columns; c++) {
                sum += values[r][c];
            }
            return sum;
        }

        private long columnSum(long[][] values, int c) {
            return partialColumn(values, c, rows - 1);
        }

        private long partialColumn(long[][] values, int c, int lastRow) {
            long sum = 0;
            for (int r = 0; r <= lastRow; r++) {
                sum += values[r][c];
            }
            return sum;
        }

        private long grand(long[][] values) {
            long sum = 0;
            for (int r = 0; r < rows; r++) {
                sum += rowSum(values, r);
            }
            return sum;
        }
    }
}
