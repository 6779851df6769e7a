package org.sportello.launcher.postgres;

/** A PostgreSQL server the services use, with the credentials they log in with. */
public interface PostgresServer extends AutoCloseable {

    /** Makes sure the server answers, starting it if the launcher owns it. */
    void start();

    /** A JDBC URL of the server's maintenance database, e.g. {@code jdbc:postgresql://127.0.0.1:5432/postgres}. */
    String serverUrl();

    String user();

    String password();

    /** One line for the console: what it is and why this one was chosen. */
    String description();

    /** Whether the launcher started it and so stops it; an external server is left running. */
    boolean ownedByLauncher();

    /** Whether the launcher's own server is running now; always false for an external one. */
    boolean running();

    /** Stops the server if the launcher started it; a no-op otherwise. */
    @Override
    void close();
}
