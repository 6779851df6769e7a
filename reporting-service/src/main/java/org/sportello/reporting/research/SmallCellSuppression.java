package org.sportello.reporting.research;

/**
 * Small cells are withheld from researchers: a count from 1 to {@code threshold - 1} could point
 * at a person (the only citizen of a small office who came in August), so it is not shown.
 * Zero is shown: that nobody came reveals nobody. A threshold of 1 withholds nothing.
 */
public record SmallCellSuppression(int threshold) {

    public SmallCellSuppression {
        if (threshold < 1) {
            throw new InvalidSuppressionThreshold(threshold);
        }
    }

    public boolean withholds(long count) {
        return count >= 1 && count < threshold;
    }

    /** The count as a researcher may see it: itself, or null when withheld. */
    public Long shown(long count) {
        return withholds(count) ? null : count;
    }

    /** A row's cells, each shown or withheld by this threshold. */
    public WithheldCells row() {
        return new WithheldCells(this);
    }
}
