package org.sportello.reporting.research.indicators;

import java.util.ArrayList;
import java.util.List;

import org.sportello.reporting.research.CsvReport;
import org.springframework.stereotype.Component;

/**
 * A comparison as {@code text/csv}: the indicators' columns, one line per municipality and month,
 * then the municipality's period line with month {@code all}.
 */
@Component
class CompareCsv extends CsvReport<CompareReport> {

    static final String PERIOD = "all";

    CompareCsv() {
        super(CompareReport.class, List.of(IndicatorsCsv.HEADER.split(",")));
    }

    @Override
    protected List<List<String>> rows(CompareReport report) {
        List<List<String>> lines = new ArrayList<>();
        for (CompareReport.Municipality municipality : report.municipalities()) {
            municipality.rows().forEach(row -> lines.add(IndicatorsCsv.line(row.month(), row)));
            lines.add(IndicatorsCsv.line(PERIOD, municipality.period()));
        }
        return lines;
    }
}
