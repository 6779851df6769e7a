package org.sportello.reporting.research.dictionary;

import java.util.List;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * What one research table's columns mean, as researchers read it beside the data. Each feature
 * declares its tables' dictionaries as beans; {@code GET /api/research/dictionary} serves them all.
 *
 * @param table       the table's name, as in its path (e.g. {@code indicators})
 * @param path        where the table is served (e.g. {@code /api/research/indicators})
 * @param description what one row is and how it was computed
 * @param columns     every column, in the order the CSV gives them
 */
public record DataDictionary(
        @Schema(maxLength = 64, pattern = "^[a-z0-9-]+$") String table,
        @Schema(maxLength = 200) String path,
        @Schema(maxLength = 4000) String description,
        @ArraySchema(maxItems = 200) List<Column> columns) {

    public DataDictionary {
        columns = List.copyOf(columns);
    }

    /**
     * @param type one of {@code string}, {@code integer}, {@code number}, {@code boolean}, {@code month},
     *             {@code list} (values joined by ';' in CSV)
     */
    @Schema(name = "DataDictionaryColumn")
    public record Column(
            @Schema(maxLength = 100) String name,
            @Schema(allowableValues = {"string", "integer", "number", "boolean", "month", "list"}) String type,
            @Schema(maxLength = 2000) String description) {
    }
}
