package org.sportello.reporting.research.disclosure;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A release's cells numbered in the order of their ids, and its relations in those numbers: the
 * audit and the search work on numbers, and numbering by sorted id is what makes their answer
 * independent of the order in which tables, cells and relations were listed.
 */
final class CellIndex {

    final String[] ids;
    final long[] values;
    /** For each relation: its total, its parts, and whether it is a SUM. */
    final int[] totals;
    final int[][] parts;
    final boolean[] exactSum;
    /** For each cell, the relations it takes part in (as total or part), ascending. */
    final int[][] relationsOf;
    /** Cells that are the total of some relation: the search withholds them only when nothing else helps. */
    final BitSet isTotal = new BitSet();
    private final Map<String, Integer> positions = new HashMap<>();

    CellIndex(Release release) {
        TreeMap<String, Long> cells = new TreeMap<>();
        List<Relation> relations = new ArrayList<>();
        for (Table table : release.tables()) {
            for (Cell cell : table.cells()) {
                cells.putIfAbsent(cell.id(), cell.value());
            }
            relations.addAll(table.relations());
        }
        ids = cells.keySet().toArray(String[]::new);
        values = new long[ids.length];
        for (int i = 0; i < ids.length; i++) {
            positions.put(ids[i], i);
            values[i] = cells.get(ids[i]);
        }
        totals = new int[relations.size()];
        parts = new int[relations.size()][];
        exactSum = new boolean[relations.size()];
        List<List<Integer>> of = new ArrayList<>();
        for (int i = 0; i < ids.length; i++) {
            of.add(new ArrayList<>());
        }
        for (int r = 0; r < relations.size(); r++) {
            Relation relation = relations.get(r);
            totals[r] = required(relation.total());
            parts[r] = relation.parts().stream().mapToInt(this::required).distinct().toArray();
            exactSum[r] = relation.kind() == Relation.Kind.SUM;
            isTotal.set(totals[r]);
            of.get(totals[r]).add(r);
            for (int part : parts[r]) {
                if (part != totals[r]) {
                    of.get(part).add(r);
                }
            }
        }
        relationsOf = of.stream().map(list -> list.stream().mapToInt(Integer::intValue).distinct().toArray())
                .toArray(int[][]::new);
    }

    int size() {
        return ids.length;
    }

    /** The number of a cell id, or -1 when the release has no such cell. */
    int position(String id) {
        return positions.getOrDefault(id, -1);
    }

    BitSet bits(Iterable<String> cellIds) {
        BitSet bits = new BitSet();
        for (String id : cellIds) {
            int position = position(id);
            if (position >= 0) {
                bits.set(position);
            }
        }
        return bits;
    }

    private int required(String id) {
        Integer position = positions.get(id);
        if (position == null) {
            throw new RelationNamesUnknownCell(id);
        }
        return position;
    }
}
