package org.sportello.platform.database;

/** The service's PostgreSQL server does not answer or refuses the configured credentials. */
public class DatabaseUnavailable extends RuntimeException {

    public DatabaseUnavailable(String message, Throwable cause) {
        super(message, cause);
    }
}
