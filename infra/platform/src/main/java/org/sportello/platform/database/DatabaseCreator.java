package org.sportello.platform.database;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Creates a service's own database on its PostgreSQL server when it is missing, so that a new
 * installation needs no manual step before Flyway creates the tables.
 */
public final class DatabaseCreator {

    private static final Logger log = LoggerFactory.getLogger(DatabaseCreator.class);
    private static final Pattern POSTGRES_URL = Pattern.compile("^(jdbc:postgresql://[^/]+/)([A-Za-z0-9_]+)(\\?.*)?$");

    private DatabaseCreator() {
    }

    /** Returns true when it created the database. URLs it cannot parse are left to the driver. */
    public static boolean createIfMissing(String jdbcUrl, String user, String password) {
        Matcher url = POSTGRES_URL.matcher(jdbcUrl == null ? "" : jdbcUrl);
        if (!url.matches()) {
            return false;
        }
        String database = url.group(2);
        String maintenanceUrl = url.group(1) + "postgres" + (url.group(3) == null ? "" : url.group(3));
        Properties credentials = new Properties();
        if (user != null) {
            credentials.setProperty("user", user);
        }
        if (password != null) {
            credentials.setProperty("password", password);
        }
        try (Connection connection = DriverManager.getConnection(maintenanceUrl, credentials)) {
            try (PreparedStatement exists = connection.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
                exists.setString(1, database);
                try (ResultSet result = exists.executeQuery()) {
                    if (result.next()) {
                        return false;
                    }
                }
            }
            // The name matched [A-Za-z0-9_]+ above, so quoting it is safe.
            connection.createStatement().execute("CREATE DATABASE \"" + database + "\"");
            log.info("Created database {}", database);
            return true;
        } catch (SQLException e) {
            if ("42P04".equals(e.getSQLState())) {
                return false; // another instance created it a moment ago
            }
            throw new DatabaseUnavailable("Cannot create or reach database " + database + " at " + maintenanceUrl
                    + ": " + e.getMessage() + ". Check SPRING_DATASOURCE_URL, _USERNAME and _PASSWORD.", e);
        }
    }
}
