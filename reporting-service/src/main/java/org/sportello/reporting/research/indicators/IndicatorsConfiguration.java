package org.sportello.reporting.research.indicators;

import java.util.List;

import org.sportello.reporting.research.ResearchRevision;
import org.sportello.reporting.research.SmallCellSuppression;
import org.sportello.reporting.research.dictionary.DataDictionary;
import org.sportello.reporting.research.dictionary.DataDictionary.Column;
import org.sportello.reporting.research.disclosure.CellSuppression;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class IndicatorsConfiguration {

    /**
     * The disclosure control is the shared one when the service declares it, else one over the
     * service's threshold; its patterns are remembered per release.
     */
    @Bean
    Indicators indicators(IndicatorTables tables, ResearchRevision revision, SmallCellSuppression threshold,
                          ObjectProvider<CellSuppression> suppression,
                          @Value("${sportello.reporting.research.rounding:none}") String rounding,
                          @Value("${sportello.reporting.research.rounding-secret:}") String secret,
                          @Value("${sportello.reporting.research.protection-cache-size:4096}") int cacheSize) {
        CellSuppression cells = suppression.getIfAvailable(() -> new CellSuppression(threshold));
        return new Indicators(tables, revision, new MonthProtections(cells, cacheSize), threshold,
                CountRounding.of(rounding, secret));
    }

    private static final List<Column> ROW = List.of(
            new Column("month", "month", "The calendar month in Europe/Rome of the episodes' first contacts, YYYY-MM"),
            new Column("unit", "string", "The office's, municipality's or district's id"),
            new Column("unitName", "string", "Its name"),
            new Column("episodes", "integer", "First accesses opened: episodes whose first contact was in the month "
                    + "at the unit (a case's first access, or an anonymous contact)"),
            new Column("careFirstShare", "number", "Of the episodes, the share whose first contact had a care "
                    + "outcome of the scheme (0 to 1, three decimals)"),
            new Column("controlBeforeCareShare", "number", "Of the episodes, the share with a control contact "
                    + "strictly before the first care outcome, or a control contact and no care outcome"),
            new Column("dropOffShare", "number", "Of the ended episodes (not OPEN), the share whose every outcome "
                    + "was INFORMATION_GIVEN or NO_FURTHER_ACTION, or that had none"),
            new Column("daysToCareMedian", "number", "Median of the calendar days (Europe/Rome) from the first "
                    + "contact to the first care outcome, over the episodes that had one (one decimal)"),
            new Column("daysToCareP90", "number", "Their 90th percentile (percentile_cont, one decimal)"),
            new Column("jointInterviewShare", "number", "Of all contacts in the month at the unit, the share with "
                    + "a social worker and an educator together"),
            new Column("decentralisedShare", "number", "Of the episodes, the share opened at an office that is not "
                    + "its municipality's central office"),
            new Column("suppressed", "list", "The names of the values withheld (null in JSON, empty in CSV): "
                    + "small counts, the cells that protect them, and shares and medians over too few"));

    @Bean
    DataDictionary indicatorsDictionary() {
        return new DataDictionary("indicators", "/api/research/indicators", """
                One row per month and unit (office, municipality or district, as groupBy asks), for every unit \
                holding a registered office and every month asked for, zeros shown. Computed from the episodes of \
                first access under one coding scheme (named in the answer) and from every contact. Counts from 1 to \
                threshold-1, and the cells secondary suppression picks to protect them, are withheld.""", ROW);
    }

    @Bean
    DataDictionary compareDictionary() {
        return new DataDictionary("compare", "/api/research/compare", """
                Two municipalities side by side: for each, the indicators' municipality rows month by month, and a \
                period row (month "all" in CSV, null in JSON) whose counts are the sums of the months' published \
                counts, withheld when any month withholds them.""", ROW);
    }
}
