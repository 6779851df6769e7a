package org.sportello.launcher.postgres;

import org.sportello.launcher.LauncherFailure;
import org.sportello.local.LocalPostgres;

/**
 * A server someone else runs: the one named by {@code SPRING_DATASOURCE_URL} or the one found on
 * 127.0.0.1:5432. The launcher only creates databases on it (through the services) and never stops it.
 *
 * @param fix what to tell the user when it does not answer
 */
public record ExternalPostgres(String serverUrl, String user, String password, String description, String fix)
        implements PostgresServer {

    @Override
    public void start() {
        if (!LocalPostgres.answers(serverUrl, user, password)) {
            throw new LauncherFailure("PostgreSQL at " + serverUrl + " does not answer or refuses user " + user + ": "
                    + fix);
        }
    }

    @Override
    public boolean ownedByLauncher() {
        return false;
    }

    @Override
    public boolean running() {
        return false;
    }

    @Override
    public void close() {
        // Not ours to stop.
    }
}
