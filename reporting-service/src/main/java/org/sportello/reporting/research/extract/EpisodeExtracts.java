package org.sportello.reporting.research.extract;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import javax.sql.DataSource;

import org.sportello.reporting.research.CsvReport;
import org.sportello.reporting.research.MonthRange;
import org.sportello.reporting.research.ReportTooLarge;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The k-anonymous extract of {@code research_episode}, computed in the database: first, for every
 * level of the grid, how many rows it would withhold (a combination's persons are distinct citizens,
 * an anonymous contact its own person); then, at the level chosen, the rows whose combination covers
 * at least k persons, streamed as CSV in the order of their generalised columns. Both run in one
 * read-only, repeatable-read transaction, so the rows written are those the counts were made of.
 */
class EpisodeExtracts {

    /** Rows before withholding: bounds one answer's size (and the document's). */
    static final int MAX_ROWS = 500_000;
    private static final int FETCH_SIZE = 1000;
    private static final String AGE = "(CAST(substr(e.month, 1, 4) AS INT) - c.birth_year)";

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;

    EpisodeExtracts(DataSource dataSource, PlatformTransactionManager transactionManager) {
        JdbcTemplate template = new JdbcTemplate(dataSource);
        // Within a transaction PostgreSQL's driver then fetches rows in batches instead of all at once.
        template.setFetchSize(FETCH_SIZE);
        this.jdbc = JdbcClient.create(template);
        this.transactions = new TransactionTemplate(transactionManager);
        transactions.setReadOnly(true);
        transactions.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
    }

    /** What the extract was made with, told before its first row (the answer's headers). */
    record Made(GeneralisationChoice.Level level, int k) {
    }

    /**
     * Writes the extract of {@code range} under {@code scheme} to {@code out}, telling {@code made}
     * the level chosen before anything is written.
     *
     * @return the rows written
     * @throws ReportTooLarge before anything is written, when the range holds more than {@link #MAX_ROWS} episodes
     */
    long write(MonthRange range, String scheme, int k, Consumer<Made> made, Writer out) {
        return transactions.execute(status -> {
            List<GeneralisationChoice.Level> levels = levels(range, scheme, k);
            GeneralisationChoice.Level chosen = GeneralisationChoice.choose(levels);
            if (chosen.rows() > MAX_ROWS) {
                throw new ReportTooLarge(chosen.rows(), MAX_ROWS, "a year at a time");
            }
            made.accept(new Made(chosen, k));
            return rows(range, scheme, k, chosen.generalisation(), out);
        });
    }

    /** Every level of the grid, in its order, with the rows it would withhold. */
    List<GeneralisationChoice.Level> levels(MonthRange range, String scheme, int k) {
        List<String> classes = new ArrayList<>();
        for (int i = 0; i < Generalisation.GRID.size(); i++) {
            classes.add("SELECT " + i + " AS level, COUNT(*) AS n, COUNT(DISTINCT person) AS persons FROM g GROUP BY "
                    + String.join(", ", combination(Generalisation.GRID.get(i))));
        }
        Map<Integer, long[]> counted = new HashMap<>();
        jdbc.sql("WITH g AS MATERIALIZED (" + BASE + "), classes AS (" + String.join(" UNION ALL ", classes) + ")"
                        + " SELECT level, SUM(n) AS n, COALESCE(SUM(n) FILTER (WHERE persons < :k), 0) AS withheld"
                        + " FROM classes GROUP BY level")
                .params(parameters(range, scheme, k))
                .query(row -> {
                    counted.put(row.getInt("level"), new long[] {row.getLong("n"), row.getLong("withheld")});
                });
        List<GeneralisationChoice.Level> levels = new ArrayList<>();
        for (int i = 0; i < Generalisation.GRID.size(); i++) {
            long[] count = counted.getOrDefault(i, new long[] {0, 0});
            levels.add(new GeneralisationChoice.Level(Generalisation.GRID.get(i), count[0], count[1]));
        }
        return levels;
    }

    private long rows(MonthRange range, String scheme, int k, Generalisation level, Writer out) {
        List<String> combination = combination(level);
        String age = level.ages().column();
        String place = level.place().column();
        String period = level.period().column();
        String sql = "WITH g AS MATERIALIZED (" + BASE + "),"
                + " c AS (SELECT " + String.join(", ", combination) + " FROM g GROUP BY "
                + String.join(", ", combination) + " HAVING COUNT(DISTINCT person) >= :k)"
                + " SELECT * FROM (SELECT g." + age + " AS age_band, g.sex, " + list("g.user_areas") + " AS user_areas, "
                + list("g.need_categories") + " AS need_categories, g.channel, g." + place + " AS place, g." + period
                + " AS period, " + list("g.outcomes") + " AS outcomes, g.ended_by, g.care_first, g.control_before_care,"
                + " g.drop_off, g.days_to_care"
                + " FROM g JOIN c USING (" + String.join(", ", combination) + ")) x"
                + " ORDER BY x.place COLLATE \"C\", x.period COLLATE \"C\", x.age_band COLLATE \"C\", x.sex COLLATE \"C\","
                + " x.channel COLLATE \"C\", x.user_areas COLLATE \"C\", x.need_categories COLLATE \"C\","
                + " x.outcomes COLLATE \"C\", x.ended_by COLLATE \"C\", x.care_first, x.control_before_care, x.drop_off,"
                + " x.days_to_care NULLS LAST";
        long[] written = {0};
        jdbc.sql(sql).params(parameters(range, scheme, k)).query(row -> {
            Integer days = row.getObject("days_to_care") == null ? null : row.getInt("days_to_care");
            EpisodesCsv.Row csv = new EpisodesCsv.Row(row.getString("age_band"), row.getString("sex"),
                    row.getString("user_areas"), row.getString("need_categories"), row.getString("channel"),
                    row.getString("place"), row.getString("period"), row.getString("outcomes"),
                    row.getString("ended_by"), row.getBoolean("care_first"), row.getBoolean("control_before_care"),
                    row.getBoolean("drop_off"), days);
            try {
                out.write(EpisodesCsv.line(csv));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            written[0]++;
        });
        return written[0];
    }

    /** The columns of {@code g} that make a combination of quasi-identifiers at {@code level}. */
    private static List<String> combination(Generalisation level) {
        return List.of(level.ages().column(), "sex", level.place().column(), level.period().column(), "channel");
    }

    /** A code list as one cell: its codes in a fixed order, joined by ';' (as {@link CsvReport#names}). */
    private static String list(String array) {
        return "array_to_string(ARRAY(SELECT v FROM unnest(" + array + ") v ORDER BY v COLLATE \"C\"), ';')";
    }

    private static Map<String, Object> parameters(MonthRange range, String scheme, int k) {
        return Map.of("scheme", scheme, "from", range.from().toString(), "to", range.to().toString(), "k", k);
    }

    /** Every episode of the range and scheme, with its quasi-identifiers at every level of the grid. */
    private static final String BASE = "SELECT COALESCE(e.citizen_id, e.episode_id) AS person, "
            + AgeBands.FINE.sql(AGE) + " AS " + AgeBands.FINE.column() + ", "
            + AgeBands.COARSE.sql(AGE) + " AS " + AgeBands.COARSE.column() + ", "
            + "CASE c.sex WHEN 'F' THEN 'F' WHEN 'M' THEN 'M' ELSE '" + Generalisation.UNKNOWN_SEX + "' END AS sex, "
            + "e.office_id AS " + Place.OFFICE.column() + ", "
            + "COALESCE(o.municipality_id, '" + Place.UNKNOWN + "') AS " + Place.MUNICIPALITY.column() + ", "
            + "e.month AS " + Period.MONTH.column() + ", " + Period.quarterSql("e.month") + " AS "
            + Period.QUARTER.column() + ", "
            + "e.channel, e.user_areas, e.need_categories, e.outcomes, e.ended_by, e.care_first, "
            + "e.control_before_care, e.drop_off, e.days_to_care "
            + "FROM research_episode e "
            + "LEFT JOIN research_citizen c ON c.citizen_id = e.citizen_id "
            + "LEFT JOIN research_office o ON o.office_id = e.office_id "
            + "WHERE e.scheme = :scheme AND e.month >= :from AND e.month <= :to";
}
