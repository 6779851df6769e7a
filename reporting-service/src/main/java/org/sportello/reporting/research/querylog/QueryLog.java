package org.sportello.reporting.research.querylog;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The log of research queries in {@code research_query}: written once per query, never changed. */
@Component
public class QueryLog {

    static final int SUB_LENGTH = 128;
    static final int ROLE_LENGTH = 32;
    static final int MAX_ROLES = 16;
    /** Tomcat refuses a request line longer than 8 KB, so neither a path nor a value is longer. */
    static final int PATH_LENGTH = 8192;
    static final int VALUE_LENGTH = 8192;
    static final int MAX_PARAMETERS = 64;
    private static final TypeReference<Map<String, String>> PARAMETERS = new TypeReference<>() {
    };

    private final JdbcClient jdbc;
    private final JsonMapper json;

    QueryLog(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** Writes the whole query, its outcome known. */
    void record(ResearchQuery query) {
        insert(query);
    }

    /** Writes the query before it is answered, its status null until {@link #answered}; returns its id. */
    long asked(ResearchQuery question) {
        return insert(question);
    }

    /** Fills in the outcome of a query written by {@link #asked}; nothing else of a row ever changes. */
    void answered(long id, int status, Long rows) {
        jdbc.sql("UPDATE research_query SET status = ?, rows_returned = ? WHERE id = ? AND status IS NULL")
                .param(status).param(rows).param(id).update();
    }

    private long insert(ResearchQuery query) {
        return jdbc.sql("""
                INSERT INTO research_query (asked_at, sub, roles, path, parameters, status, rows_returned)
                VALUES (?, ?, CAST(string_to_array(?, ',') AS VARCHAR(32)[]), ?, CAST(? AS JSONB), ?, ?)
                RETURNING id""")
                .param(java.sql.Timestamp.from(query.askedAt()))
                .param(query.sub())
                // Role names are upper-case words: never a comma.
                .param(String.join(",", query.roles()))
                .param(query.table())
                .param(json.writeValueAsString(new LinkedHashMap<>(query.parameters())))
                .param(query.status())
                .param(query.rows())
                .query(Long.class).single();
    }

    /** The queries asked in [from, to), newest first, at most {@code limit}; {@code sub}, {@code table} filter when given. */
    List<ResearchQuery> list(Instant from, Instant to, String sub, String table, int limit) {
        return jdbc.sql("""
                SELECT asked_at, sub, roles, path, parameters::text AS parameters, status, rows_returned
                  FROM research_query
                 WHERE asked_at >= ? AND asked_at < ?
                   AND (CAST(? AS VARCHAR) IS NULL OR sub = ?)
                   AND (CAST(? AS TEXT) IS NULL OR path = ?)
                 ORDER BY asked_at DESC, id DESC
                 LIMIT ?""")
                .param(java.sql.Timestamp.from(from)).param(java.sql.Timestamp.from(to))
                .param(sub).param(sub).param(table).param(table).param(limit)
                .query(this::read).list();
    }

    private ResearchQuery read(ResultSet row, int number) throws SQLException {
        int code = row.getInt("status");
        Integer status = row.wasNull() ? null : code;
        long rows = row.getLong("rows_returned");
        Long returned = row.wasNull() ? null : rows;
        return new ResearchQuery(row.getTimestamp("asked_at").toInstant(), row.getString("sub"),
                Arrays.asList((String[]) row.getArray("roles").getArray()), row.getString("path"),
                json.readValue(row.getString("parameters"), PARAMETERS), status, returned);
    }
}
