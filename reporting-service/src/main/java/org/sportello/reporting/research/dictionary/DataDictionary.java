package org.sportello.reporting.research.dictionary;

import java.util.List;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;

import org.sportello.platform.problem.Problems;

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
        @Schema(maxLength = 200, pattern = "^/[a-z0-9/{}.-]*$") String path,
        @Schema(maxLength = 4000, pattern = Problems.NO_CONTROL_CHARACTERS) String description,
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
            @Schema(maxLength = 100, pattern = "^[A-Za-z0-9.]+$") String name,
            @Schema(allowableValues = {"string", "integer", "number", "boolean", "month", "list"}) String type,
            @Schema(maxLength = 2000, pattern = Problems.NO_CONTROL_CHARACTERS) String description) {
    }
}
