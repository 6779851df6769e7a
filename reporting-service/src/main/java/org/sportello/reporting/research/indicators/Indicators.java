package org.sportello.reporting.research.indicators;

import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.sportello.reporting.research.MonthRange;
import org.sportello.reporting.research.ResearchRevision;
import org.sportello.reporting.research.SmallCellSuppression;
import org.sportello.reporting.research.disclosure.Protection;
import org.sportello.reporting.research.indicators.IndicatorTables.Filters;
import org.sportello.reporting.research.indicators.IndicatorTables.OfficeMonth;
import org.sportello.reporting.research.indicators.Registry.Unit;

/**
 * Computes the indicators of every unit of the registry for each month of a range, and publishes
 * them through the disclosure control. A month's pattern of withheld cells is computed over the
 * whole registry at every level, whatever a query groups by or filters on, and from that month and
 * the one before only: two queries over different ranges, units or groupings see each month's
 * cells withheld alike, so comparing them reveals nothing either alone does not.
 *
 * <p>What was computed is remembered until research's revision moves ({@link ResearchRevision}): a
 * year over a million contacts is a scan of them all, and researchers ask again and again. The
 * revision moves with every batch of facts, so this never serves stale figures, and stands still
 * while only the query log or other read models are written; each month whose release is unchanged
 * still gets its remembered pattern ({@link MonthProtections}) whatever was written.
 */
final class Indicators {

    private static final int REMEMBERED = 64;

    private final IndicatorTables tables;
    private final ResearchRevision revision;
    private final MonthProtections protections;
    private final SmallCellSuppression threshold;
    private final CountRounding rounding;
    private final Map<Query, Computed> remembered = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Query, Computed> eldest) {
            return size() > REMEMBERED;
        }
    };

    /** What a computation depends on: the query's scheme, months and filters, and the database's revision. */
    private record Query(String scheme, MonthRange range, Filters filters, long revision) {
    }

    /**
     * @param registry the registry the months were computed over
     * @param months   per month of the range (in order), every unit of every level as published
     */
    record Computed(Registry registry, Map<String, Map<Unit, Published>> months) {
    }

    Indicators(IndicatorTables tables, ResearchRevision revision, MonthProtections protections,
               SmallCellSuppression threshold, CountRounding rounding) {
        this.tables = tables;
        this.revision = revision;
        this.protections = protections;
        this.threshold = threshold;
        this.rounding = rounding;
    }

    int threshold() {
        return threshold.threshold();
    }

    SmallCellSuppression thresholdRule() {
        return threshold;
    }

    Computed published(String scheme, MonthRange range, Filters filters) {
        // Read first: what is read after it is at least as new as it.
        Query query = new Query(scheme, range, filters, revision.current());
        synchronized (remembered) {
            Computed known = remembered.get(query);
            if (known != null) {
                return known;
            }
        }
        Computed computed = compute(query);
        synchronized (remembered) {
            remembered.put(query, computed);
        }
        return computed;
    }

    private Computed compute(Query query) {
        Registry registry = tables.registry();
        MonthRange range = query.range();
        YearMonth before = range.from().minusMonths(1);
        Map<String, Map<String, OfficeMonth>> data = tables.officeMonths(query.scheme(), before, range.to(),
                query.filters());
        String table = "indicators/" + query.scheme() + "/" + query.filters().key() + "/";
        Map<String, Map<Unit, Published>> published = new LinkedHashMap<>();
        MonthFigures previous = figures(before, registry, data);
        for (YearMonth month : range.months().toList()) {
            MonthFigures figures = figures(month, registry, data);
            // Last month's pattern as the protection of last month alone would have it: a stable
            // preference that depends on no month before it, so no query's range changes it.
            Protection last = protections.protect(MonthRelease.of(previous, Set.of()));
            Protection protection = protections.protect(MonthRelease.of(figures,
                    MonthRelease.moved(last.withheld(), previous.month(), figures.month())));
            Map<Unit, Published> units = new LinkedHashMap<>();
            figures.counts().forEach((unit, counts) -> units.put(unit, Published.month(figures.month(), unit, counts,
                    figures.days().get(unit), protection, threshold, rounding, table)));
            published.put(month.toString(), units);
            previous = figures;
        }
        return new Computed(registry, published);
    }

    private static MonthFigures figures(YearMonth month, Registry registry, Map<String, Map<String, OfficeMonth>> data) {
        Map<String, OfficeMonth> offices = data.getOrDefault(month.toString(), Map.of());
        Map<String, Counts> counts = new LinkedHashMap<>();
        Map<String, DaysToCare> days = new LinkedHashMap<>();
        offices.forEach((office, figures) -> {
            counts.put(office, figures.counts);
            days.put(office, DaysToCare.of(figures.days));
        });
        return MonthFigures.of(month.toString(), registry, counts, days);
    }
}
