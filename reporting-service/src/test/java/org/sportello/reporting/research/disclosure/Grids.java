package org.sportello.reporting.research.disclosure;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Test tables: a row of parts with its total, and rows-by-columns grids with every margin, named
 * {@code g/r1/c2} (cell), {@code g/r1} (row total), {@code g/c2} (column total), {@code g} (grand total).
 */
final class Grids {

    private Grids() {
    }

    /** Cells {@code ids[i]} with the given values and the total {@code total} = their sum. */
    static Table row(String total, List<String> ids, long... values) {
        List<Cell> cells = new ArrayList<>();
        long sum = 0;
        for (int i = 0; i < ids.size(); i++) {
            cells.add(new Cell(ids.get(i), values[i]));
            sum += values[i];
        }
        cells.add(new Cell(total, sum));
        return new Table(total, cells, List.of(Relation.sum(total, ids)));
    }

    static Table grid(String name, long[][] interior) {
        int rows = interior.length;
        int columns = interior[0].length;
        List<Cell> cells = new ArrayList<>();
        List<Relation> relations = new ArrayList<>();
        long[] columnSums = new long[columns];
        long grand = 0;
        List<String> rowTotals = new ArrayList<>();
        for (int r = 0; r < rows; r++) {
            long rowSum = 0;
            List<String> parts = new ArrayList<>();
            for (int c = 0; c < columns; c++) {
                cells.add(new Cell(cell(name, r, c), interior[r][c]));
                parts.add(cell(name, r, c));
                rowSum += interior[r][c];
                columnSums[c] += interior[r][c];
            }
            cells.add(new Cell(rowTotal(name, r), rowSum));
            relations.add(Relation.sum(rowTotal(name, r), parts));
            rowTotals.add(rowTotal(name, r));
            grand += rowSum;
        }
        List<String> columnTotals = new ArrayList<>();
        for (int c = 0; c < columns; c++) {
            List<String> parts = new ArrayList<>();
            for (int r = 0; r < rows; r++) {
                parts.add(cell(name, r, c));
            }
            cells.add(new Cell(columnTotal(name, c), columnSums[c]));
            relations.add(Relation.sum(columnTotal(name, c), parts));
            columnTotals.add(columnTotal(name, c));
        }
        cells.add(new Cell(name, grand));
        relations.add(Relation.sum(name, rowTotals));
        relations.add(Relation.sum(name, columnTotals));
        return new Table(name, cells, relations);
    }

    /** What the staff behind row r know: its cells and its total. */
    static Set<String> rowKnowledge(String name, int r, int columns) {
        Set<String> known = new TreeSet<>();
        for (int c = 0; c < columns; c++) {
            known.add(cell(name, r, c));
        }
        known.add(rowTotal(name, r));
        return known;
    }

    static String cell(String name, int r, int c) {
        return name + "/r" + (r + 1) + "/c" + (c + 1);
    }

    static String rowTotal(String name, int r) {
        return name + "/r" + (r + 1);
    }

    static String columnTotal(String name, int c) {
        return name + "/c" + (c + 1);
    }
}
