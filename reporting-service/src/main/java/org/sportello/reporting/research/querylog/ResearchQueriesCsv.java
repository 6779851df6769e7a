package org.sportello.reporting.research.querylog;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.sportello.reporting.research.CsvReport;

import tools.jackson.databind.json.JsonMapper;

/**
 * The log as CSV: askedAt,sub,roles,table,parameters,status,rows; roles joined by ';', the
 * parameters as their JSON object. A path or a parameter can hold a comma or a quote (the caller
 * wrote them), so those cells are quoted as RFC 4180 says.
 */
class ResearchQueriesCsv extends CsvReport<ResearchQueries> {

    static final List<String> HEADER = List.of("askedAt", "sub", "roles", "table", "parameters", "status", "rows");

    private final JsonMapper json;

    ResearchQueriesCsv(JsonMapper json) {
        super(ResearchQueries.class, HEADER);
        this.json = json;
    }

    @Override
    protected List<List<String>> rows(ResearchQueries report) {
        return report.queries().stream().map(query -> List.of(query.askedAt().toString(), quoted(query.sub()),
                names(query.roles()), quoted(query.table()), quoted(json.writeValueAsString(sorted(query.parameters()))),
                cell(query.status()), cell(query.rows()))).toList();
    }

    private static Map<String, String> sorted(Map<String, String> parameters) {
        return new TreeMap<>(parameters);
    }

    static String quoted(String value) {
        if (value == null) {
            return "";
        }
        if (value.chars().noneMatch(c -> c == ',' || c == '"' || c == '\r' || c == '\n')) {
            return value;
        }
        return "\"" + value.replace("\"", "\"\"") + "\"";
    }
}
