package org.sportello.reporting.research.disclosure;

import java.util.BitSet;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

import org.sportello.reporting.research.SmallCellSuppression;

/**
 * Decides which cells of a release are withheld so that no published value, and nothing derived
 * from the published values and the relations between them, pins a count from 1 to threshold − 1.
 *
 * <p>Primary suppression withholds every count from 1 to threshold − 1. Secondary suppression then
 * works as national statistics offices' tools do (tau-ARGUS, sdcTable): while the {@link Audit}
 * finds a disclosed cell, it withholds the cheapest complementary cell sharing a relation with it
 * (not a total if anything else helps, last release's withheld cells first so that the pattern
 * stays stable from month to month, then the smallest count, zeros last since they hide little);
 * then it publishes again every secondary cell the audit does not need, the most informative
 * first. If nothing can be withheld that would help, the month is withheld whole: every non-zero
 * cell.
 *
 * <p>Deterministic: cells are taken in the order of their ids, so the same release gives the same
 * pattern however its tables were listed.
 */
public final class CellSuppression {

    private final SmallCellSuppression threshold;

    public CellSuppression(SmallCellSuppression threshold) {
        this.threshold = threshold;
    }

    public int threshold() {
        return threshold.threshold();
    }

    public Protection protect(Release release) {
        CellIndex index = new CellIndex(release);
        BitSet withheld = new BitSet();
        for (int cell = 0; cell < index.size(); cell++) {
            if (threshold.withholds(index.values[cell])) {
                withheld.set(cell);
            }
        }
        if (withheld.isEmpty()) {
            return protection(index, withheld);
        }
        Audit audit = new Audit(index, release, threshold());
        BitSet lastWithheld = index.bits(release.lastWithheld());
        BitSet secondary = new BitSet();
        for (Audit.Failure failure = audit.firstFailure(withheld); failure != null;
             failure = audit.firstFailure(withheld)) {
            int complement = cheapestComplement(index, failure, withheld, lastWithheld);
            if (complement < 0) {
                return wholeMonth(index);
            }
            withheld.set(complement);
            secondary.set(complement);
        }
        for (int cell : removalOrder(index, secondary)) {
            withheld.clear(cell);
            if (audit.firstFailure(withheld) != null) {
                withheld.set(cell);
            }
        }
        return protection(index, withheld);
    }

    /**
     * Among the cells sharing a relation with the disclosed group that the attacker does not
     * already know and that are still published, the one whose withholding costs least.
     */
    private static int cheapestComplement(CellIndex index, Audit.Failure failure, BitSet withheld, BitSet lastWithheld) {
        BitSet candidates = new BitSet();
        failure.component().stream().forEach(cell -> {
            for (int relation : index.relationsOf[cell]) {
                candidates.set(index.totals[relation]);
                for (int part : index.parts[relation]) {
                    candidates.set(part);
                }
            }
        });
        candidates.andNot(withheld);
        candidates.andNot(failure.knows());
        Comparator<Integer> cost = Comparator
                .comparing((Integer cell) -> index.isTotal.get(cell))
                .thenComparing(cell -> !lastWithheld.get(cell))
                .thenComparing(cell -> index.values[cell] == 0)
                .thenComparingLong(cell -> index.values[cell])
                .thenComparingInt(cell -> cell);
        return candidates.stream().boxed().min(cost).orElse(-1);
    }

    /** Totals first, then the largest counts: the secondary cells whose publication tells researchers most. */
    private static List<Integer> removalOrder(CellIndex index, BitSet secondary) {
        return secondary.stream().boxed()
                .sorted(Comparator.comparing((Integer cell) -> !index.isTotal.get(cell))
                        .thenComparing(cell -> -index.values[cell])
                        .thenComparingInt(cell -> cell))
                .toList();
    }

    private static Protection wholeMonth(CellIndex index) {
        BitSet all = new BitSet();
        IntStream.range(0, index.size()).filter(cell -> index.values[cell] != 0).forEach(all::set);
        return protection(index, all);
    }

    private static Protection protection(CellIndex index, BitSet withheld) {
        Set<String> ids = new HashSet<>();
        withheld.stream().forEach(cell -> ids.add(index.ids[cell]));
        return new Protection(ids);
    }
}
