package org.sportello.reporting.research.indicators;

import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.sportello.reporting.research.MonthRange;
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
 */
final class Indicators {

    private final IndicatorTables tables;
    private final MonthProtections protections;
    private final SmallCellSuppression threshold;
    private final CountRounding rounding;
    private final Map<Read, Map<String, Map<String, OfficeMonth>>> remembered = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Read, Map<String, Map<String, OfficeMonth>>> eldest) {
            return size() > REMEMBERED_READS;
        }
    };

    /** A grouped read of the tables, as of a revision of the database. */
    private record Read(String scheme, YearMonth from, YearMonth to, Filters filters, String revision) {
    }

    private static final int REMEMBERED_READS = 64;

    Indicators(IndicatorTables tables, MonthProtections protections, SmallCellSuppression threshold,
               CountRounding rounding) {
        this.tables = tables;
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

    Registry registry() {
        return tables.registry();
    }

    /** Per month of {@code range} (in order), every unit of every level as published. */
    Map<String, Map<Unit, Published>> published(Registry registry, String scheme, MonthRange range, Filters filters) {
        YearMonth before = range.from().minusMonths(1);
        Map<String, Map<String, OfficeMonth>> data = read(new Read(scheme, before, range.to(), filters,
                tables.revision()));
        String table = "indicators/" + scheme + "/" + filters.key() + "/";
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
        return published;
    }

    /**
     * The grouped counts, read again only when the database has changed since they were read: a
     * year over a million contacts is a scan of them all, while researchers ask again and again
     * of data that changes by the batch.
     */
    private Map<String, Map<String, OfficeMonth>> read(Read read) {
        synchronized (remembered) {
            var known = remembered.get(read);
            if (known != null) {
                return known;
            }
        }
        var data = tables.officeMonths(read.scheme(), read.from(), read.to(), read.filters());
        synchronized (remembered) {
            remembered.put(read, data);
        }
        return data;
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
