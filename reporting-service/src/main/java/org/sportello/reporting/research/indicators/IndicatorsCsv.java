package org.sportello.reporting.research.indicators;

import java.util.List;

import org.sportello.reporting.research.CsvReport;
import org.springframework.stereotype.Component;

/** The indicators as {@code text/csv} (see {@link CsvReport}), the JSON's columns in its order. */
@Component
class IndicatorsCsv extends CsvReport<IndicatorsReport> {

    static final String HEADER = "month,unit,unitName,episodes,careFirstShare,controlBeforeCareShare,dropOffShare,"
            + "daysToCareMedian,daysToCareP90,jointInterviewShare,decentralisedShare,suppressed";

    IndicatorsCsv() {
        super(IndicatorsReport.class, List.of(HEADER.split(",")));
    }

    @Override
    protected List<List<String>> rows(IndicatorsReport report) {
        return report.rows().stream().map(row -> line(row.month(), row)).toList();
    }

    static List<String> line(String month, IndicatorsReport.Row row) {
        return List.of(month, row.unit(), quoted(row.unitName()), cell(row.episodes()), cell(row.careFirstShare()),
                cell(row.controlBeforeCareShare()), cell(row.dropOffShare()), cell(row.daysToCareMedian()),
                cell(row.daysToCareP90()), cell(row.jointInterviewShare()), cell(row.decentralisedShare()),
                names(row.suppressed()));
    }

    /** Names are free text (Cinisello Balsamo, "Centro"): quoted as RFC 4180 says when they need it. */
    static String quoted(String text) {
        if (text.contains(",") || text.contains("\"") || text.contains("\r") || text.contains("\n")) {
            return "\"" + text.replace("\"", "\"\"") + "\"";
        }
        return text;
    }
}
