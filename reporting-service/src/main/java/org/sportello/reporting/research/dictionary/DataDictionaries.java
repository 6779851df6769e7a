package org.sportello.reporting.research.dictionary;

import java.util.List;

import io.swagger.v3.oas.annotations.media.ArraySchema;

/** The dictionaries of the research tables, by table name. */
public record DataDictionaries(@ArraySchema(maxItems = 100) List<DataDictionary> tables) {

    public DataDictionaries {
        tables = List.copyOf(tables);
    }
}
