package org.sportello.reporting.research.indicators;

import java.util.LinkedHashMap;
import java.util.Map;

import org.sportello.reporting.research.disclosure.CellSuppression;
import org.sportello.reporting.research.disclosure.Protection;
import org.sportello.reporting.research.disclosure.Release;

/**
 * The disclosure control's pattern for each month's release, remembered: the audit solves small
 * integer programs, and a year of indicators asks for thirteen months' patterns at every query. The
 * key is the release itself (every cell's value, relation and last month's pattern), so a change in
 * the data is a new key and no pattern is ever served stale; the same release always gets the same
 * pattern anyway, since the protection is deterministic.
 */
final class MonthProtections {

    private final CellSuppression suppression;
    private final Map<Release, Protection> remembered;

    MonthProtections(CellSuppression suppression, int capacity) {
        this.suppression = suppression;
        this.remembered = new LinkedHashMap<>(capacity, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Release, Protection> eldest) {
                return size() > capacity;
            }
        };
    }

    int threshold() {
        return suppression.threshold();
    }

    Protection protect(Release release) {
        synchronized (remembered) {
            Protection known = remembered.get(release);
            if (known != null) {
                return known;
            }
        }
        // Computed outside the lock: two queries of different months need not wait on each other.
        Protection protection = suppression.protect(release);
        synchronized (remembered) {
            remembered.put(release, protection);
        }
        return protection;
    }
}
