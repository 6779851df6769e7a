package org.sportello.reporting.research;

import java.util.ArrayList;
import java.util.List;

/**
 * One row's values as a researcher may see them: each count shown or withheld by the row's
 * {@link SmallCellSuppression}, and the names of what was withheld, in the order the values were
 * asked for, so that a missing value is never mistaken for zero.
 */
public final class WithheldCells {

    private final SmallCellSuppression suppression;
    private final List<String> withheld = new ArrayList<>();

    WithheldCells(SmallCellSuppression suppression) {
        this.suppression = suppression;
    }

    /** The count, or null (and {@code name} withheld) when it is small. */
    public Long count(String name, long count) {
        if (suppression.withholds(count)) {
            withheld.add(name);
            return null;
        }
        return count;
    }

    /**
     * A value computed from {@code basis} individuals (a median of their waits): withheld with the
     * basis, since a median of two waits tells each of the two the other's. Null, but not named,
     * when there is no value (a basis of zero).
     */
    public <T> T derived(String name, long basis, T value) {
        if (suppression.withholds(basis)) {
            withheld.add(name);
            return null;
        }
        return value;
    }

    /** The names of the values withheld so far. */
    public List<String> withheld() {
        return List.copyOf(withheld);
    }
}
