package org.sportello.reporting.research.disclosure;

import java.util.HashSet;
import java.util.Set;

import org.sportello.reporting.research.SmallCellSuppression;

/**
 * Decides which cells of a release are withheld so that no published value, and nothing derived
 * from the published values and the relations between them, pins a count from 1 to threshold − 1.
 *
 * <p>Primary suppression: every count from 1 to threshold − 1. Secondary suppression and its
 * audit are added on top of this by issue 12's disclosure work.
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
        Set<String> withheld = new HashSet<>();
        for (Table table : release.tables()) {
            for (Cell cell : table.cells()) {
                if (threshold.withholds(cell.value())) {
                    withheld.add(cell.id());
                }
            }
        }
        return new Protection(withheld);
    }
}
