package org.sportello.reporting.research.codingschemes;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.Period;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The coding schemes as stored in {@code research_coding_scheme}. */
@Component
public class CodingSchemes {

    private static final String SELECT = """
            SELECT version, care, control, episode_window, reasons, created_at, created_by, state, ready_at
              FROM research_coding_scheme""";

    private final JdbcClient jdbc;

    CodingSchemes(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<CodingScheme> find(String version) {
        return jdbc.sql(SELECT + " WHERE version = ?").param(version).query(CodingSchemes::read).optional();
    }

    /** Every version, oldest first. */
    public List<CodingScheme> all() {
        return jdbc.sql(SELECT + " ORDER BY created_at, version").query(CodingSchemes::read).list();
    }

    /**
     * The scheme a research query uses: {@code version} when given, else the newest READY one.
     *
     * @param field the request parameter that named the version, for the problem
     * @throws UnknownCodingScheme  when no scheme has that version
     * @throws CodingSchemeNotReady when its episodes are still being computed
     */
    public CodingScheme forQuery(String field, String version) {
        if (version == null || version.isBlank()) {
            return jdbc.sql(SELECT + " WHERE state = 'READY' ORDER BY created_at DESC, version DESC LIMIT 1")
                    .query(CodingSchemes::read).single();
        }
        CodingScheme scheme = find(version).orElseThrow(() -> new UnknownCodingScheme(field, version));
        if (!scheme.ready()) {
            throw new CodingSchemeNotReady(field, version);
        }
        return scheme;
    }

    private static CodingScheme read(ResultSet row, int number) throws SQLException {
        return new CodingScheme(row.getString("version"), codes(row.getArray("care")),
                codes(row.getArray("control")), Period.parse(row.getString("episode_window")),
                row.getString("reasons"), instant(row.getTimestamp("created_at")), row.getString("created_by"),
                CodingScheme.State.valueOf(row.getString("state")), instant(row.getTimestamp("ready_at")));
    }

    private static List<String> codes(Array array) throws SQLException {
        return List.copyOf(Arrays.asList((String[]) array.getArray()));
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
