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

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The coding schemes as stored in {@code research_coding_scheme}. */
@Component
public class CodingSchemes {

    private static final String SELECT = """
            SELECT version, care, control, episode_window, reasons, created_at, created_by, state, ready_at
              FROM research_coding_scheme""";

    /**
     * The advisory lock between the projection batches, which take it shared before they read the
     * list of schemes, and the creation of a scheme, which takes it exclusive: a batch that read the
     * list before a new scheme was written has committed before the scheme is, so its facts are in
     * what the new scheme's recomputation reads.
     */
    public static final long SCHEMES_LOCK = 0x5e5a_1201L;

    /** The most schemes kept: each holds a row per episode, and a list must stay readable. */
    public static final int MAX_SCHEMES = 1000;

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final String defaultVersion;

    /**
     * @param defaultVersion the scheme a query uses when it names none: a setting, not the newest
     *                       scheme, so that an administrator trying a new scheme does not change
     *                       the figures every researcher gets without asking for it
     */
    CodingSchemes(JdbcClient jdbc, ApplicationEventPublisher events,
                  @Value("${sportello.reporting.research.default-scheme:v1}") String defaultVersion) {
        this.jdbc = jdbc;
        this.events = events;
        this.defaultVersion = defaultVersion;
    }

    /**
     * Writes a new scheme, COMPUTING, and announces it ({@link CodingSchemeCreated}) for its
     * episodes to be computed once the transaction has committed.
     *
     * @throws CodingSchemeExists when the version exists: a version is never changed
     */
    @Transactional
    public CodingScheme create(CodingScheme scheme) {
        jdbc.sql("SELECT pg_advisory_xact_lock(?)").param(SCHEMES_LOCK).query().listOfRows();
        if (jdbc.sql("SELECT count(*) FROM research_coding_scheme").query(Long.class).single() >= MAX_SCHEMES) {
            throw new InvalidCodingScheme("version", "there are " + MAX_SCHEMES + " coding schemes already, the most"
                    + " kept");
        }
        int written = jdbc.sql("""
                        INSERT INTO research_coding_scheme (version, care, control, episode_window, reasons, created_at,
                                                            created_by, state, ready_at)
                        VALUES (:version, CAST(:care AS varchar[]), CAST(:control AS varchar[]), :window, :reasons,
                                :createdAt, :createdBy, 'COMPUTING', NULL)
                        ON CONFLICT (version) DO NOTHING""")
                .param("version", scheme.version())
                .param("care", "{" + String.join(",", scheme.care()) + "}")
                .param("control", "{" + String.join(",", scheme.control()) + "}")
                .param("window", scheme.window().toString())
                .param("reasons", scheme.reasons())
                .param("createdAt", Timestamp.from(scheme.createdAt()))
                .param("createdBy", scheme.createdBy())
                .update();
        if (written == 0) {
            throw new CodingSchemeExists(scheme.version());
        }
        events.publishEvent(new CodingSchemeCreated(scheme.version()));
        return scheme;
    }

    /** Marks the scheme READY: its episodes are complete. */
    public void markReady(String version, Instant at) {
        jdbc.sql("UPDATE research_coding_scheme SET state = 'READY', ready_at = ? WHERE version = ? AND state = 'COMPUTING'")
                .param(Timestamp.from(at)).param(version).update();
    }

    /** The versions still COMPUTING, oldest first. */
    public List<String> computing() {
        return jdbc.sql("SELECT version FROM research_coding_scheme WHERE state = 'COMPUTING' ORDER BY created_at, version")
                .query(String.class).list();
    }

    public Optional<CodingScheme> find(String version) {
        return jdbc.sql(SELECT + " WHERE version = ?").param(version).query(CodingSchemes::read).optional();
    }

    /** Every version, oldest first. */
    public List<CodingScheme> all() {
        return jdbc.sql(SELECT + " ORDER BY created_at, version").query(CodingSchemes::read).list();
    }

    /**
     * The scheme a research query uses: {@code version} when given, else the default scheme
     * ({@code sportello.reporting.research.default-scheme}, v1 unless set).
     *
     * @param field the request parameter that named the version, for the problem
     * @throws UnknownCodingScheme  when no scheme has that version
     * @throws CodingSchemeNotReady when its episodes are still being computed
     */
    public CodingScheme forQuery(String field, String version) {
        if (version == null || version.isBlank()) {
            version = defaultVersion;
        }
        String named = version;
        CodingScheme scheme = find(named).orElseThrow(() -> new UnknownCodingScheme(field, named));
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
