package org.sportello.reporting.research.querylog;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.regex.Pattern;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

import org.sportello.reporting.research.CsvReport;
import org.sportello.reporting.research.ReportingMonth;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Who asked for what: the log of research queries, for administrators (security gives
 * {@code /api/admin/**} to ADMIN only). Reading the log is not itself logged: the log records who
 * saw research data, and the log holds none, only who asked; an administrator's reads would also
 * crowd out the researchers' queries they are looking for.
 */
@RestController
public class ResearchQueriesController {

    static final int DEFAULT_LIMIT = 100;
    static final int MAX_LIMIT = 1000;
    /** One year of days at a time, both included, so one answer stays bounded in what it scans. */
    static final int MAX_DAYS = 366;
    static final String DAY_PATTERN = "^\\d{4}-\\d{2}-\\d{2}$";
    private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private final QueryLog log;

    ResearchQueriesController(QueryLog log) {
        this.log = log;
    }

    @GetMapping(path = "/api/admin/research-queries", produces = {MediaType.APPLICATION_JSON_VALUE,
            CsvReport.TEXT_CSV_VALUE})
    @Operation(summary = "The log of research queries: who asked for which table, with which parameters",
            description = """
                    Every GET under /api/research/** and /api/reports/** is recorded in the request's own flow, \
                    whatever its answer (refusals such as 400, 401, 403 and 422 included): when (askedAt, UTC), who \
                    (the token's sub and roles; none without a valid token), which table (the path), the parameters \
                    (the query string as an object), the HTTP status, and the rows returned where the endpoint counts \
                    them (the episodes extract). Listed newest first, from the first day to the last, both included, \
                    as calendar days in Europe/Rome. Reading this log is not itself recorded. With Accept: text/csv \
                    the same queries come as CSV (askedAt,sub,roles,table,parameters,status,rows), roles joined by \
                    ';' and the parameters as their JSON object. ADMIN only.""")
    @ApiResponse(responseCode = "200", description = "The queries, newest first", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON_VALUE, array = @ArraySchema(
                    schema = @Schema(implementation = ResearchQuery.class), maxItems = MAX_LIMIT)),
            @Content(mediaType = CsvReport.TEXT_CSV_VALUE, schema = @Schema(type = "string",
                    maxLength = (MAX_LIMIT + 1) * 20_000, pattern = "^askedAt,sub,roles,table,parameters,status,rows"))})
    public ResearchQueries researchQueries(
            @Parameter(description = "First day, YYYY-MM-DD (Europe/Rome), included", schema = @Schema(type = "string",
                    minLength = 10, maxLength = 10, pattern = DAY_PATTERN))
            @RequestParam String from,
            @Parameter(description = "Last day, YYYY-MM-DD (Europe/Rome), included; at most " + MAX_DAYS
                    + " days from the first", schema = @Schema(type = "string", minLength = 10, maxLength = 10,
                    pattern = DAY_PATTERN))
            @RequestParam String to,
            @Parameter(description = "Only this caller's queries (the token's sub)", schema = @Schema(type = "string",
                    maxLength = QueryLog.SUB_LENGTH, pattern = "^\\S+$"))
            @RequestParam(required = false) String sub,
            @Parameter(description = "Only the queries of this table, its path, e.g. /api/research/episodes.csv",
                    schema = @Schema(type = "string", maxLength = QueryLog.PATH_LENGTH, pattern = "^/\\S*$"))
            @RequestParam(required = false) String table,
            @Parameter(description = "At most this many queries (default " + DEFAULT_LIMIT + ")",
                    schema = @Schema(type = "integer", format = "int32", minimum = "1", maximum = "" + MAX_LIMIT))
            @RequestParam(required = false) Integer limit) {
        LocalDate first = day("from", from);
        LocalDate last = day("to", to);
        if (last.isBefore(first)) {
            throw new InvalidQueryLogFilter("to", "must not be before from (" + first + ")");
        }
        if (ChronoUnit.DAYS.between(first, last) + 1 > MAX_DAYS) {
            throw new InvalidQueryLogFilter("to", "must be at most " + MAX_DAYS + " days from " + first
                    + " (both included)");
        }
        if (limit != null && (limit < 1 || limit > MAX_LIMIT)) {
            throw new InvalidQueryLogFilter("limit", "must be from 1 to " + MAX_LIMIT);
        }
        Instant start = first.atStartOfDay(ReportingMonth.ZONE).toInstant();
        Instant end = last.plusDays(1).atStartOfDay(ReportingMonth.ZONE).toInstant();
        return new ResearchQueries(log.list(start, end, blankToNull(sub), blankToNull(table),
                limit == null ? DEFAULT_LIMIT : limit));
    }

    private static LocalDate day(String field, String value) {
        if (value == null || !DAY.matcher(value).matches()) {
            throw new InvalidQueryLogFilter(field, "'" + value + "' is not a day as YYYY-MM-DD, such as 2025-01-31");
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeException e) {
            throw new InvalidQueryLogFilter(field, "'" + value + "' is not a day as YYYY-MM-DD, such as 2025-01-31");
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
