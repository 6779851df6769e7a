package org.sportello.platform.jobs;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.TreeMap;

import javax.sql.DataSource;

import com.github.kagkarlsson.scheduler.exceptions.SerializationException;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;

import org.springframework.jdbc.BadSqlGrammarException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The jobs' rows of db-scheduler's table, read and moved directly where its client API falls short:
 * its {@code reschedule} clears a row's last success, last failure and failure count, which an
 * administrator's "run now" must keep, and its reads do not give the row's version, which tells a run
 * that ended after a request from one that ended before it.
 */
final class ScheduledTasks {

    static final String TABLE = "scheduled_tasks";
    private static final String INSTANCE = RecurringTask.INSTANCE;
    private static final String COLUMNS = "task_name, execution_time, picked, last_success, last_failure, "
            + "consecutive_failures, version, task_data";

    /** One job's row. {@code data} is {@link JobData#NONE} until a run has ended. */
    record Row(String name, Instant executionTime, boolean picked, Instant lastSuccess, Instant lastFailure,
               int consecutiveFailures, long version, JobData data) {

        /** Whether a run has ended, successfully or not, at or after {@code at}, and none is going on. */
        boolean endedSince(Instant at, long versionThen) {
            return !picked && version > versionThen
                    && (isAtOrAfter(lastSuccess, at) || isAtOrAfter(lastFailure, at));
        }

        boolean lastRunFailed() {
            return lastFailure != null && (lastSuccess == null || lastFailure.isAfter(lastSuccess));
        }

        private static boolean isAtOrAfter(Instant time, Instant at) {
            return time != null && !time.isBefore(at);
        }
    }

    private final JdbcTemplate jdbc;
    private final JobDataSerializer serializer;

    ScheduledTasks(DataSource dataSource, JobDataSerializer serializer) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.serializer = serializer;
    }

    /**
     * Fails, saying what to do, when the table is missing: a scheduler without it would only log
     * the same error at every poll while no job ran.
     */
    void requireTable() {
        try {
            jdbc.queryForList("SELECT task_name FROM " + TABLE + " WHERE false", String.class);
        } catch (BadSqlGrammarException e) {
            throw new InvalidJob("The jobs' table " + TABLE + " is missing: add " + JobsAutoConfiguration.MIGRATIONS
                    + " to spring.flyway.locations.", e);
        }
    }

    Optional<Row> row(String name) {
        return jdbc.query("SELECT " + COLUMNS + " FROM " + TABLE + " WHERE task_name = ? AND task_instance = ?",
                this::mapRow, name, INSTANCE).stream().findFirst();
    }

    /** Every job's row, by name. */
    Map<String, Row> rows() {
        List<Row> rows = jdbc.query("SELECT " + COLUMNS + " FROM " + TABLE + " WHERE task_instance = ?",
                this::mapRow, INSTANCE);
        Map<String, Row> byName = new TreeMap<>();
        rows.forEach(row -> byName.put(row.name(), row));
        return byName;
    }

    /**
     * Makes the job due at {@code at} unless a run is going on, and gives the row's new version;
     * empty when there is no row or it is picked. Raising the version as db-scheduler does on
     * every change makes a scheduler that read the row before this lose its claim on the old one.
     */
    OptionalLong makeDue(String name, Instant at) {
        List<Long> versions = jdbc.queryForList("UPDATE " + TABLE + " SET execution_time = ?, version = version + 1"
                        + " WHERE task_name = ? AND task_instance = ? AND NOT picked RETURNING version",
                Long.class, at.atOffset(ZoneOffset.UTC), name, INSTANCE);
        return versions.isEmpty() ? OptionalLong.empty() : OptionalLong.of(versions.get(0));
    }

    private Row mapRow(ResultSet rs, int rowNumber) throws SQLException {
        return new Row(rs.getString("task_name"), instant(rs, "execution_time"), rs.getBoolean("picked"),
                instant(rs, "last_success"), instant(rs, "last_failure"), rs.getInt("consecutive_failures"),
                rs.getLong("version"), data(rs.getBytes("task_data")));
    }

    /** Unreadable data (written by hand, say) shows as none rather than hiding the job's times. */
    private JobData data(byte[] stored) {
        try {
            return JobData.of(serializer.deserialize(JobData.class, stored));
        } catch (SerializationException e) {
            return JobData.NONE;
        }
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime time = rs.getObject(column, OffsetDateTime.class);
        return time == null ? null : time.toInstant();
    }
}
