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
     * Counts that add up to a total the row shows ({@code total}; null when it is withheld), such as
     * rejections by reason: each withheld as {@link #count} withholds it, and then, while the shown
     * total less the shown parts would still tell the withheld parts' sum and that sum is small
     * (one withheld reason would be known exactly), the smallest shown non-zero part is withheld
     * too. This is the complementary suppression statistics offices apply to a row and its margin,
     * in its simplest form: one table, one margin. Parts are named {@code names[i]}.
     */
    public List<Long> parts(List<String> names, List<Long> counts, Long total) {
        List<Long> shown = new ArrayList<>();
        long withheldSum = 0;
        for (int i = 0; i < counts.size(); i++) {
            Long part = count(names.get(i), counts.get(i));
            shown.add(part);
            withheldSum += part == null ? counts.get(i) : 0;
        }
        while (total != null && suppression.withholds(withheldSum)) {
            int smallest = -1;
            for (int i = 0; i < shown.size(); i++) {
                Long part = shown.get(i);
                if (part != null && part > 0 && (smallest < 0 || part < shown.get(smallest))) {
                    smallest = i;
                }
            }
            if (smallest < 0) {
                // Every non-zero part is withheld, so they add up to the total, which is not small.
                break;
            }
            withheldSum += shown.get(smallest);
            shown.set(smallest, null);
        }
        // Named in the parts' own order, whichever rule withheld them.
        withheld.removeAll(names);
        for (int i = 0; i < shown.size(); i++) {
            if (shown.get(i) == null) {
                withheld.add(names.get(i));
            }
        }
        return shown;
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
