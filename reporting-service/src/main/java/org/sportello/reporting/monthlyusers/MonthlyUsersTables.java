package org.sportello.reporting.monthlyusers;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.stream.Stream;

import org.sportello.reporting.research.MonthRange;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The monthly-users read model in PostgreSQL: added to by the projection, read by the report. */
@Repository
class MonthlyUsersTables {

    /** Every table of the read model; emptied by a rebuild. */
    static final List<String> TABLES = List.of("monthly_office_activity", "monthly_office_citizen");

    // Each statement takes the whole batch as arrays: one round trip per table, however large the batch.
    private static final String ADD_TALLIES = """
            INSERT INTO monthly_office_activity (month, office_id, contacts, anonymous_contacts)
            SELECT * FROM unnest(?::text[], ?::text[], ?::bigint[], ?::bigint[])
            ON CONFLICT (month, office_id) DO UPDATE
            SET contacts = monthly_office_activity.contacts + excluded.contacts,
                anonymous_contacts = monthly_office_activity.anonymous_contacts + excluded.anonymous_contacts""";

    private static final String ADD_CITIZENS = """
            INSERT INTO monthly_office_citizen (month, office_id, citizen_id)
            SELECT * FROM unnest(?::text[], ?::text[], ?::uuid[])
            ON CONFLICT DO NOTHING""";

    // "all" sorts after the offices of its month.
    private static final String COUNTS = """
            SELECT a.month, a.office_id, a.contacts, a.anonymous_contacts,
                   (SELECT count(*) FROM monthly_office_citizen c
                    WHERE c.month = a.month AND c.office_id = a.office_id) AS citizens
            FROM monthly_office_activity a
            WHERE a.month BETWEEN CAST(:from AS CHAR(7)) AND CAST(:to AS CHAR(7)) %s
            ORDER BY a.month, a.office_id = 'all', a.office_id""";

    private final JdbcTemplate jdbc;
    private final JdbcClient client;

    MonthlyUsersTables(JdbcTemplate jdbc, JdbcClient client) {
        this.jdbc = jdbc;
        this.client = client;
    }

    /** Adds a batch's activity; runs in the transaction that also claims the batch's event ids. */
    void add(MonthlyActivity activity) {
        if (activity.isEmpty()) {
            return;
        }
        var cells = activity.tallies().keySet();
        var tallies = activity.tallies().values();
        jdbc.update(connection -> statement(connection, ADD_TALLIES,
                array(connection, "text", cells.stream().map(MonthlyActivity.Cell::month)),
                array(connection, "text", cells.stream().map(MonthlyActivity.Cell::officeId)),
                array(connection, "bigint", tallies.stream().map(MonthlyActivity.Tally::contacts)),
                array(connection, "bigint", tallies.stream().map(MonthlyActivity.Tally::anonymousContacts))));
        var citizens = activity.citizens();
        if (!citizens.isEmpty()) {
            jdbc.update(connection -> statement(connection, ADD_CITIZENS,
                    array(connection, "text", citizens.stream().map(seen -> seen.cell().month())),
                    array(connection, "text", citizens.stream().map(seen -> seen.cell().officeId())),
                    array(connection, "uuid", citizens.stream().map(seen -> seen.citizenId().toString()))));
        }
    }

    /** The months of {@code range} with any activity, at {@code officeId} or, when null, at every office and all. */
    List<MonthlyCounts> counts(MonthRange range, String officeId) {
        var query = client.sql(COUNTS.formatted(officeId == null ? "" : "AND a.office_id = :officeId"))
                .param("from", range.from().toString())
                .param("to", range.to().toString());
        if (officeId != null) {
            query = query.param("officeId", officeId);
        }
        return query.query((row, n) -> new MonthlyCounts(row.getString("month"), row.getString("office_id"),
                row.getLong("citizens"), row.getLong("contacts"), row.getLong("anonymous_contacts"))).list();
    }

    private static PreparedStatement statement(Connection connection, String sql, Array... parameters)
            throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        for (int i = 0; i < parameters.length; i++) {
            statement.setArray(i + 1, parameters[i]);
        }
        return statement;
    }

    private static Array array(Connection connection, String type, Stream<?> values) throws SQLException {
        return connection.createArrayOf(type, values.toArray());
    }
}
