package org.sportello.launcher;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.sportello.launcher.postgres.PostgresChoice;
import org.sportello.local.LocalPostgres;

/**
 * {@code --reset}: after the user confirms (or {@code --yes}), empties the data directory and, when
 * the databases were on an external server, drops the launcher's databases there too; otherwise the
 * services would find their old event stores beside an empty Kafka.
 */
final class Reset {

    private final LauncherOptions options;
    private final Map<String, String> environment;
    private final PrintStream out;

    Reset(LauncherOptions options, Map<String, String> environment, PrintStream out) {
        this.options = options;
        this.environment = environment;
        this.out = out;
    }

    void run(DataDirectory data) {
        String recorded = data.recordedPostgres();
        boolean external = recorded != null && !recorded.equals(DataDirectory.POSTGRES_EMBEDDED);
        List<String> databases = ServiceSpec.ALL.stream().map(s -> options.databasePrefix() + "_" + s.database()).toList();
        if (!data.hasData()) {
            return;
        }
        String what = "This deletes everything in " + data.root() + " (Kafka topics, the embedded PostgreSQL, logs, "
                + "the JWT secret, the master key)" + (external ? " and drops the databases " + String.join(", ", databases) + " on "
                + recorded : "") + ".";
        if (!options.yes() && !confirm(what)) {
            throw new LauncherFailure("reset cancelled; nothing was deleted");
        }
        if (external) {
            dropDatabases(recorded, databases);
        }
        data.wipe();
        out.println("[sportello] reset: " + data.root() + " is empty");
    }

    private void dropDatabases(String server, List<String> databases) {
        boolean fromEnvironment = server.equals(environment.get(PostgresChoice.URL_VARIABLE));
        String user = fromEnvironment ? environment.getOrDefault(PostgresChoice.USER_VARIABLE, "postgres") : "postgres";
        String password = fromEnvironment ? environment.getOrDefault(PostgresChoice.PASSWORD_VARIABLE, "postgres")
                : environment.getOrDefault("PGPASSWORD", "postgres");
        try {
            for (String database : databases) {
                LocalPostgres.dropDatabase(server, user, password, database);
            }
        } catch (LocalPostgres.LocalPostgresException e) {
            throw new LauncherFailure("could not drop the databases on " + server + " (" + e.getMessage().lines()
                    .findFirst().orElse("") + "): start that server (or set " + PostgresChoice.URL_VARIABLE
                    + " and its credentials) and reset again");
        }
    }

    private boolean confirm(String what) {
        out.println(what);
        out.print("Delete it all? [y/N] ");
        out.flush();
        String answer;
        Console console = System.console();
        if (console != null) {
            answer = console.readLine();
        } else {
            try {
                answer = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
            } catch (IOException e) {
                answer = null;
            }
        }
        return answer != null && (answer.strip().equalsIgnoreCase("y") || answer.strip().equalsIgnoreCase("yes"));
    }
}
