package org.sportello.local;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import java.util.regex.Pattern;

/**
 * Databases on a PostgreSQL server reached over JDBC: one per service locally, one per test context
 * in tests. The server URL names any database the user may connect to, usually {@code postgres}.
 */
public final class LocalPostgres {

    /** Lower case only, so the name never needs quoting and means the same in every tool. */
    private static final Pattern DATABASE_NAME = Pattern.compile("[a-z0-9_]{1,63}");
    private static final Pattern SERVER_URL = Pattern.compile("(jdbc:postgresql://[^/?]+)(/[^?]*)?(\\?.*)?");
    private static final String DUPLICATE_DATABASE = "42P04";
    private static final String UNIQUE_VIOLATION = "23505";
    private static final String OBJECT_IN_USE = "55006";
    private static final int TIMEOUT_SECONDS = 5;

    private LocalPostgres() {
    }

    /** Creates {@code database} unless it exists; safe when several JVMs race to create it. */
    public static void ensureDatabase(String serverJdbcUrl, String user, String password, String database) {
        checkName(database);
        try (Connection connection = connect(serverJdbcUrl, user, password)) {
            if (exists(connection, database)) {
                return;
            }
            try (Statement statement = connection.createStatement()) {
                statement.execute("CREATE DATABASE " + database);
            } catch (SQLException e) {
                // Another process created it between our check and our CREATE: that is what we wanted.
                if (!DUPLICATE_DATABASE.equals(e.getSQLState()) && !UNIQUE_VIOLATION.equals(e.getSQLState())) {
                    throw e;
                }
            }
        } catch (SQLException e) {
            throw new LocalPostgresException("Could not create database " + database + " on " + serverJdbcUrl
                    + " as " + user + ": " + e.getMessage(), e);
        }
    }

    /** Drops {@code database} if it exists, disconnecting its sessions (PostgreSQL 13 or later). */
    public static void dropDatabase(String serverJdbcUrl, String user, String password, String database) {
        checkName(database);
        try (Connection connection = connect(serverJdbcUrl, user, password);
             Statement statement = connection.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
        } catch (SQLException e) {
            throw new LocalPostgresException("Could not drop database " + database + " on " + serverJdbcUrl
                    + " as " + user + ": " + e.getMessage(), e);
        }
    }

    /**
     * Drops {@code database} if it exists and nobody is connected to it; returns false, leaving it,
     * when sessions remain. For clean-ups that must not cut off someone still using it.
     */
    public static boolean dropDatabaseIfIdle(String serverJdbcUrl, String user, String password, String database) {
        checkName(database);
        try (Connection connection = connect(serverJdbcUrl, user, password);
             Statement statement = connection.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + database);
            return true;
        } catch (SQLException e) {
            if (OBJECT_IN_USE.equals(e.getSQLState())) {
                return false;
            }
            throw new LocalPostgresException("Could not drop database " + database + " on " + serverJdbcUrl
                    + " as " + user + ": " + e.getMessage(), e);
        }
    }

    /** Whether the server accepts this user and password, within a few seconds. */
    public static boolean answers(String serverJdbcUrl, String user, String password) {
        try (Connection connection = connect(serverJdbcUrl, user, password)) {
            return connection.isValid(TIMEOUT_SECONDS);
        } catch (SQLException e) {
            return false;
        }
    }

    /**
     * Opens a connection with short connect and login timeouts. The password is sent only if the
     * server asks for one, so this works with trust and with password authentication alike.
     */
    public static Connection connect(String jdbcUrl, String user, String password) throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("user", user);
        if (password != null) {
            properties.setProperty("password", password);
        }
        properties.setProperty("connectTimeout", String.valueOf(TIMEOUT_SECONDS));
        properties.setProperty("loginTimeout", String.valueOf(TIMEOUT_SECONDS));
        return DriverManager.getConnection(jdbcUrl, properties);
    }

    /**
     * The URL of {@code database} on the server of {@code serverJdbcUrl}, keeping its parameters:
     * {@code jdbc:postgresql://h:5432/postgres?ssl=false} becomes {@code jdbc:postgresql://h:5432/db?ssl=false}.
     */
    public static String databaseUrl(String serverJdbcUrl, String database) {
        checkName(database);
        var matcher = SERVER_URL.matcher(serverJdbcUrl);
        if (!matcher.matches()) {
            throw new IllegalArgumentException("Not a PostgreSQL JDBC URL (jdbc:postgresql://host:port/database): "
                    + serverJdbcUrl);
        }
        String parameters = matcher.group(3) == null ? "" : matcher.group(3);
        return matcher.group(1) + "/" + database + parameters;
    }

    private static boolean exists(Connection connection, String database) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
            query.setString(1, database);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next();
            }
        }
    }

    private static void checkName(String database) {
        if (database == null || !DATABASE_NAME.matcher(database).matches()) {
            throw new IllegalArgumentException("Database names are 1 to 63 characters of [a-z0-9_], not: " + database);
        }
    }

    /** The server refused a database operation. */
    public static final class LocalPostgresException extends RuntimeException {
        LocalPostgresException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
