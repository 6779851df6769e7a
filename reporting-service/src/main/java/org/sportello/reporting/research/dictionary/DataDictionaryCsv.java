package org.sportello.reporting.research.dictionary;

import java.util.ArrayList;
import java.util.List;

import org.sportello.reporting.research.CsvReport;
import org.springframework.stereotype.Component;

/** The dictionaries as {@code text/csv}: one line per table and column. Descriptions are quoted as RFC 4180 says. */
@Component
class DataDictionaryCsv extends CsvReport<DataDictionaries> {

    static final String HEADER = "table,path,column,type,description";

    DataDictionaryCsv() {
        super(DataDictionaries.class, List.of(HEADER.split(",")));
    }

    @Override
    protected List<List<String>> rows(DataDictionaries dictionaries) {
        return lines(dictionaries.tables());
    }

    static List<List<String>> lines(List<DataDictionary> tables) {
        List<List<String>> lines = new ArrayList<>();
        for (DataDictionary table : tables) {
            for (DataDictionary.Column column : table.columns()) {
                lines.add(List.of(quoted(table.table()), quoted(table.path()), quoted(column.name()),
                        quoted(column.type()), quoted(column.description())));
            }
        }
        return lines;
    }

    /** One table's dictionary, as {@code GET /api/research/dictionary/{table}} answers it. */
    @Component
    static class One extends CsvReport<DataDictionary> {

        One() {
            super(DataDictionary.class, List.of(HEADER.split(",")));
        }

        @Override
        protected List<List<String>> rows(DataDictionary table) {
            return lines(List.of(table));
        }
    }

    static String quoted(String text) {
        if (text.contains(",") || text.contains("\"") || text.contains("\r") || text.contains("\n")) {
            return "\"" + text.replace("\"", "\"\"") + "\"";
        }
        return text;
    }
}
