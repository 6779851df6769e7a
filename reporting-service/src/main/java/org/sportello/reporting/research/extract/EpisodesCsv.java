package org.sportello.reporting.research.extract;

import java.util.List;

import org.sportello.reporting.research.CsvReport;

/**
 * The extract's CSV (RFC 4180: CRLF line ends, a header line). Every cell is a code, a band, a
 * slug, a period, a boolean or a count, none of which holds a comma, quote or line break, so none
 * is quoted; a code list is its codes joined by ';', an absent value an empty cell.
 */
final class EpisodesCsv {

    static final List<String> HEADER = List.of("ageBand", "sex", "userAreas", "needCategories", "channel", "place",
            "period", "outcomes", "endedBy", "careFirst", "controlBeforeCare", "dropOff", "daysToCare");
    /**
     * No row is longer: the longest codes of every list, each once, come to well under it
     * ({@code EpisodesCsvTest}). With {@link EpisodeExtracts#MAX_ROWS} it bounds an answer's size.
     */
    static final int MAX_ROW_CHARS = 4000;
    private static final String LINE_END = "\r\n";

    private EpisodesCsv() {
    }

    record Row(String ageBand, String sex, String userAreas, String needCategories, String channel, String place,
               String period, String outcomes, String endedBy, boolean careFirst, boolean controlBeforeCare,
               boolean dropOff, Integer daysToCare) {
    }

    static String header() {
        return String.join(",", HEADER) + LINE_END;
    }

    static String line(Row row) {
        return String.join(",", row.ageBand(), row.sex(), row.userAreas(), row.needCategories(), row.channel(),
                row.place(), row.period(), row.outcomes(), row.endedBy(), CsvReport.cell(row.careFirst()),
                CsvReport.cell(row.controlBeforeCare()), CsvReport.cell(row.dropOff()), CsvReport.cell(row.daysToCare()))
                + LINE_END;
    }
}
