package org.sportello.reporting.research.dictionary;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

import org.sportello.reporting.research.CsvReport;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/research/dictionary")
public class DataDictionaryController {

    private final List<DataDictionary> dictionaries;

    /** Every feature's dictionaries, declared as beans beside the tables they describe. */
    DataDictionaryController(List<DataDictionary> dictionaries) {
        this.dictionaries = dictionaries.stream().sorted(Comparator.comparing(DataDictionary::table)).toList();
    }

    @GetMapping(produces = {MediaType.APPLICATION_JSON_VALUE, CsvReport.TEXT_CSV_VALUE})
    @Operation(summary = "What every research table's columns mean",
            description = "Each research table's name, path, what one row is, and each column's name, type (string, "
                    + "integer, number, boolean, month or list) and meaning, by table name. With Accept: text/csv, "
                    + "one line per table and column (table,path,column,type,description).")
    @ApiResponse(responseCode = "200", description = "The dictionaries")
    public DataDictionaries all() {
        return new DataDictionaries(dictionaries);
    }

    @GetMapping(path = "/{table}", produces = {MediaType.APPLICATION_JSON_VALUE, CsvReport.TEXT_CSV_VALUE})
    @Operation(summary = "What one research table's columns mean",
            description = "As the list, for one table; with Accept: text/csv its lines only.")
    @ApiResponse(responseCode = "200", description = "The table's dictionary")
    @ApiResponse(responseCode = "404", description = "No research table has that name (unknown-table)")
    public DataDictionary one(
            @Parameter(description = "The table's name, such as indicators", schema = @Schema(type = "string",
                    maxLength = 64, pattern = "^[a-z0-9-]+$"))
            @PathVariable String table) {
        return dictionaries.stream().filter(dictionary -> dictionary.table().equals(table)).findFirst()
                .orElseThrow(() -> new UnknownTable(table, dictionaries.stream().map(DataDictionary::table)
                        .collect(Collectors.joining(", "))));
    }
}
