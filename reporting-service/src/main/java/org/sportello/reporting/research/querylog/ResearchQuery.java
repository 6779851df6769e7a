package org.sportello.reporting.research.querylog;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * One research query as the log keeps it: who asked (the token's {@code sub} and roles), when, for
 * which table (the path), with which parameters, and what they got (the HTTP status and, where the
 * endpoint counts them, the rows returned).
 */
public record ResearchQuery(
        @Schema(description = "When the query was asked (UTC)", format = "date-time")
        Instant askedAt,
        @Schema(description = "The token's sub, a pseudonymous operator id; null without a valid token",
                maxLength = QueryLog.SUB_LENGTH, pattern = "^\\S+$", nullable = true)
        String sub,
        @ArraySchema(arraySchema = @Schema(description = "The token's roles; empty without a valid token"),
                maxItems = QueryLog.MAX_ROLES, schema = @Schema(maxLength = QueryLog.ROLE_LENGTH, pattern = "^[A-Z_]+$"))
        List<String> roles,
        @Schema(description = "The path asked for, e.g. /api/research/episodes.csv", maxLength = QueryLog.PATH_LENGTH,
                pattern = "^/\\S*$")
        String table,
        @Schema(description = "The query string as an object, name to value (a repeated parameter's values joined by "
                + "','); {} when there was none", maxProperties = QueryLog.MAX_PARAMETERS,
                additionalPropertiesSchema = ParameterValue.class)
        Map<String, String> parameters,
        @Schema(description = "The HTTP status of the answer; null when the question was recorded and its answer "
                + "never confirmed (the service stopped or failed in between)", minimum = "100", maximum = "599",
                format = "int32", nullable = true)
        Integer status,
        @Schema(description = "Rows returned, where the endpoint counts them (the extract); null otherwise",
                minimum = "0", maximum = "9223372036854775807", format = "int64", nullable = true)
        Long rows) {

    public ResearchQuery {
        roles = List.copyOf(roles);
        parameters = Map.copyOf(parameters);
    }

    /** The schema of one parameter's value in the document. */
    @Schema(description = "A parameter's value as sent", maxLength = QueryLog.VALUE_LENGTH, pattern = "^[^\\u0000]*$")
    interface ParameterValue {
    }
}
