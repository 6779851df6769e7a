package org.sportello.reporting.appointments;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.sportello.reporting.appointments.AppointmentActivity.Cell;
import org.sportello.reporting.appointments.AppointmentActivity.Tally;
import org.sportello.reporting.research.MonthRange;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The appointments read model in PostgreSQL: added to by the projection, read by the report. */
@Repository
class AppointmentsTables {

    /** Every table of the read model; emptied by a rebuild. */
    static final List<String> TABLES = List.of("appointment_office", "appointment_activity", "appointment_outcome",
            "appointment_opening_hours");

    // Each statement takes the whole batch as arrays: one round trip per table, however large the batch.
    private static final String ADD_OFFICES = """
            INSERT INTO appointment_office (office_id, first_month)
            SELECT * FROM unnest(?::text[], ?::text[])
            ON CONFLICT (office_id) DO UPDATE
            SET first_month = least(appointment_office.first_month, excluded.first_month)
            WHERE excluded.first_month < appointment_office.first_month""";

    private static final String ADD_TALLIES = """
            INSERT INTO appointment_activity (month, office_id, requested, booked, cancelled)
            SELECT * FROM unnest(?::text[], ?::text[], ?::bigint[], ?::bigint[], ?::bigint[])
            ON CONFLICT (month, office_id) DO UPDATE
            SET requested = appointment_activity.requested + excluded.requested,
                booked = appointment_activity.booked + excluded.booked,
                cancelled = appointment_activity.cancelled + excluded.cancelled""";

    // The first outcome an appointment is given stays: scheduling records one, and a second
    // delivery under another event id must not move it or count it again.
    private static final String ADD_OUTCOMES = """
            INSERT INTO appointment_outcome (appointment_id, office_id, month, attended, wait_seconds)
            SELECT * FROM unnest(?::uuid[], ?::text[], ?::text[], ?::boolean[], ?::bigint[])
            ON CONFLICT (appointment_id) DO NOTHING""";

    // Of two sets for the same date, the one recorded later is the office's word.
    private static final String SET_HOURS = """
            INSERT INTO appointment_opening_hours
                (office_id, valid_from, set_at, walk_in_minutes, by_appointment_minutes, phone_line_minutes)
            SELECT * FROM unnest(?::text[], ?::date[], ?::timestamptz[], ?::integer[], ?::integer[], ?::integer[])
            ON CONFLICT (office_id, valid_from) DO UPDATE
            SET set_at = excluded.set_at, walk_in_minutes = excluded.walk_in_minutes,
                by_appointment_minutes = excluded.by_appointment_minutes,
                phone_line_minutes = excluded.phone_line_minutes
            WHERE excluded.set_at >= appointment_opening_hours.set_at""";

    private final JdbcTemplate jdbc;
    private final JdbcClient client;

    AppointmentsTables(JdbcTemplate jdbc, JdbcClient client) {
        this.jdbc = jdbc;
        this.client = client;
    }

    /** Adds a batch's activity; runs in the transaction that also claims the batch's event ids. */
    void add(AppointmentActivity activity) {
        if (activity.isEmpty()) {
            return;
        }
        var offices = activity.firstMonths();
        jdbc.update(connection -> statement(connection, ADD_OFFICES,
                array(connection, "text", offices.keySet().stream()),
                array(connection, "text", offices.values().stream())));
        var cells = activity.tallies().keySet();
        var tallies = activity.tallies().values();
        if (!cells.isEmpty()) {
            jdbc.update(connection -> statement(connection, ADD_TALLIES,
                    array(connection, "text", cells.stream().map(Cell::month)),
                    array(connection, "text", cells.stream().map(Cell::officeId)),
                    array(connection, "bigint", tallies.stream().map(Tally::requested)),
                    array(connection, "bigint", tallies.stream().map(Tally::booked)),
                    array(connection, "bigint", tallies.stream().map(Tally::cancelled))));
        }
        var outcomes = activity.outcomes().values();
        if (!outcomes.isEmpty()) {
            jdbc.update(connection -> statement(connection, ADD_OUTCOMES,
                    array(connection, "uuid", outcomes.stream().map(outcome -> outcome.appointmentId().toString())),
                    array(connection, "text", outcomes.stream().map(SchedulingFact.Outcome::officeId)),
                    array(connection, "text", outcomes.stream().map(outcome -> outcome.month().toString())),
                    array(connection, "boolean", outcomes.stream().map(SchedulingFact.Outcome::attended)),
                    array(connection, "bigint", outcomes.stream().map(SchedulingFact.Outcome::waitSeconds))));
        }
        var sets = activity.hours().values();
        if (!sets.isEmpty()) {
            jdbc.update(connection -> statement(connection, SET_HOURS,
                    array(connection, "text", sets.stream().map(SchedulingFact.HoursSet::officeId)),
                    array(connection, "date", sets.stream().map(set -> set.validFrom().toString())),
                    array(connection, "timestamptz", sets.stream().map(set -> set.setAt().toString())),
                    array(connection, "integer", sets.stream().map(set -> (int) set.weekly().walkIn())),
                    array(connection, "integer", sets.stream().map(set -> (int) set.weekly().byAppointment())),
                    array(connection, "integer", sets.stream().map(set -> (int) set.weekly().phoneLine()))));
        }
    }

    /** The offices that appear by the end of {@code range}, by slug, with their first month; one, or every office. */
    Map<String, YearMonth> offices(MonthRange range, String officeId) {
        var query = client.sql("SELECT office_id, first_month FROM appointment_office WHERE first_month <= :to"
                        + (officeId == null ? "" : " AND office_id = :officeId") + " ORDER BY office_id")
                .param("to", range.to().toString());
        if (officeId != null) {
            query = query.param("officeId", officeId);
        }
        Map<String, YearMonth> offices = new LinkedHashMap<>();
        query.query((row, n) -> offices.put(row.getString("office_id"), YearMonth.parse(row.getString("first_month"))))
                .list();
        return offices;
    }

    Map<Cell, Tally> tallies(MonthRange range, String officeId) {
        Map<Cell, Tally> tallies = new HashMap<>();
        filtered("SELECT month, office_id, requested, booked, cancelled FROM appointment_activity"
                + " WHERE month BETWEEN CAST(:from AS CHAR(7)) AND CAST(:to AS CHAR(7))", range, officeId)
                .query((row, n) -> tallies.put(new Cell(row.getString("month"), row.getString("office_id")),
                        new Tally(row.getLong("requested"), row.getLong("booked"), row.getLong("cancelled"))))
                .list();
        return tallies;
    }

    /** Per month and office, the no-shows and the attended appointments' waits, ascending. */
    Map<Cell, Outcomes> outcomes(MonthRange range, String officeId) {
        Map<Cell, Outcomes> outcomes = new HashMap<>();
        filtered("""
                SELECT month, office_id, count(*) FILTER (WHERE NOT attended) AS no_show,
                       array_agg(wait_seconds ORDER BY wait_seconds) FILTER (WHERE attended) AS waits
                FROM appointment_outcome
                WHERE month BETWEEN CAST(:from AS CHAR(7)) AND CAST(:to AS CHAR(7))""", range, officeId,
                " GROUP BY month, office_id")
                .query((row, n) -> {
                    Array waits = row.getArray("waits");
                    long[] seconds = waits == null ? new long[0]
                            : Stream.of((Long[]) waits.getArray()).mapToLong(Long::longValue).toArray();
                    return outcomes.put(new Cell(row.getString("month"), row.getString("office_id")),
                            new Outcomes(row.getLong("no_show"), seconds));
                })
                .list();
        return outcomes;
    }

    /** Every timetable of the offices asked for, whatever its date: the one in force at the range's start may be older. */
    Map<String, OpeningHoursHistory> openingHours(String officeId) {
        Map<String, Map<LocalDate, WeeklyMinutes>> sets = new HashMap<>();
        var query = client.sql("SELECT office_id, valid_from, walk_in_minutes, by_appointment_minutes,"
                + " phone_line_minutes FROM appointment_opening_hours"
                + (officeId == null ? "" : " WHERE office_id = :officeId"));
        if (officeId != null) {
            query = query.param("officeId", officeId);
        }
        query.query((row, n) -> sets.computeIfAbsent(row.getString("office_id"), any -> new HashMap<>())
                .put(row.getObject("valid_from", LocalDate.class), new WeeklyMinutes(row.getLong("walk_in_minutes"),
                        row.getLong("by_appointment_minutes"), row.getLong("phone_line_minutes")))).list();
        Map<String, OpeningHoursHistory> histories = new HashMap<>();
        sets.forEach((office, byDate) -> histories.put(office, new OpeningHoursHistory(byDate)));
        return histories;
    }

    /** The stored outcomes of a month at an office: no-shows, and the waits of the attended, ascending. */
    record Outcomes(long noShow, long[] waitSeconds) {
        static final Outcomes NONE = new Outcomes(0, new long[0]);

        long attended() {
            return waitSeconds.length;
        }
    }

    private JdbcClient.StatementSpec filtered(String sql, MonthRange range, String officeId) {
        return filtered(sql, range, officeId, "");
    }

    private JdbcClient.StatementSpec filtered(String sql, MonthRange range, String officeId, String tail) {
        var query = client.sql(sql + (officeId == null ? "" : " AND office_id = :officeId") + tail)
                .param("from", range.from().toString())
                .param("to", range.to().toString());
        return officeId == null ? query : query.param("officeId", officeId);
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
