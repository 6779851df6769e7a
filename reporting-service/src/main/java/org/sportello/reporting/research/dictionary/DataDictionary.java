package org.sportello.reporting.research.dictionary;

import java.util.List;

/**
 * What one research table's columns mean, as researchers read it beside the data. Each feature
 * declares its tables' dictionaries as beans; {@code GET /api/research/dictionary} serves them all.
 *
 * @param table       the table's name, as in its path (e.g. {@code indicators})
 * @param path        where the table is served (e.g. {@code /api/research/indicators})
 * @param description what one row is and how it was computed
 * @param columns     every column, in the order the CSV gives them
 */
public record DataDictionary(String table, String path, String description, List<Column> columns) {

    public DataDictionary {
        columns = List.copyOf(columns);
    }

    /**
     * @param type one of {@code string}, {@code integer}, {@code number}, {@code boolean}, {@code month},
     *             {@code list} (values joined by ';' in CSV)
     */
    public record Column(String name, String type, String description) {
    }
}
