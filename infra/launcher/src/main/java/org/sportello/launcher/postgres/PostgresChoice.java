package org.sportello.launcher.postgres;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.IntPredicate;

import org.sportello.launcher.DataDirectory;
import org.sportello.launcher.LauncherFailure;
import org.sportello.local.FreePort;
import org.sportello.local.LocalPostgres;

/**
 * Decides which PostgreSQL server the services use, in this order:
 * <ol>
 * <li>the server of {@code SPRING_DATASOURCE_URL}, when set: the user said so;</li>
 * <li>the embedded server, when asked for or when this data directory already holds its cluster:
 *     switching servers between runs would make the data seem lost;</li>
 * <li>the server this data directory used last time, which must answer for the same reason;</li>
 * <li>a server answering on 127.0.0.1:5432 as {@code postgres} (password {@code PGPASSWORD} or {@code postgres});</li>
 * <li>otherwise the embedded server, on 5433 (plus the port offset) or any free port.</li>
 * </ol>
 */
public final class PostgresChoice {

    public static final String URL_VARIABLE = "SPRING_DATASOURCE_URL";
    public static final String USER_VARIABLE = "SPRING_DATASOURCE_USERNAME";
    public static final String PASSWORD_VARIABLE = "SPRING_DATASOURCE_PASSWORD";
    static final String LOCAL_SERVER = "jdbc:postgresql://127.0.0.1:5432/postgres";
    static final String DEFAULT_USER = "postgres";
    static final String DEFAULT_PASSWORD = "postgres";
    static final int EMBEDDED_PORT = 5433;

    /** What the launcher knows when it chooses; {@code recorded} is the data directory's last choice or null. */
    public record Inputs(Map<String, String> environment, boolean embeddedAsked, String recorded, Path clusterDir,
                         Path binariesDir, Path passwordFile, Path logFile, int portOffset, String binariesVersion) {
    }

    private PostgresChoice() {
    }

    public static PostgresServer choose(Inputs in, Consumer<String> say) {
        return choose(in, say, PostgresChoice::answers, PostgresChoice::isFree);
    }

    /** With the probes passed in, so the order of preference is tested without servers. */
    static PostgresServer choose(Inputs in, Consumer<String> say, Answers answers, IntPredicate portIsFree) {
        Map<String, String> env = in.environment();
        String url = env.get(URL_VARIABLE);
        if (url != null && !url.isBlank()) {
            checkUrl(url);
            return new ExternalPostgres(url.strip(), env.getOrDefault(USER_VARIABLE, DEFAULT_USER),
                    env.getOrDefault(PASSWORD_VARIABLE, DEFAULT_PASSWORD), "PostgreSQL at " + url.strip()
                    + " (from " + URL_VARIABLE + ")",
                    "check " + URL_VARIABLE + ", " + USER_VARIABLE + " and " + PASSWORD_VARIABLE);
        }
        boolean clusterExists = Files.exists(in.clusterDir().resolve("PG_VERSION"));
        if (in.embeddedAsked() || clusterExists || DataDirectory.POSTGRES_EMBEDDED.equals(in.recorded())) {
            String reason = in.embeddedAsked() ? "--embedded-postgres"
                    : clusterExists ? "this data directory's own" : "as last time";
            return embedded(in, say, reason, portIsFree);
        }
        String localPassword = env.getOrDefault("PGPASSWORD", DEFAULT_PASSWORD);
        if (in.recorded() != null) {
            if (!in.recorded().equals(LOCAL_SERVER)) {
                throw new LauncherFailure("this data directory's databases are on " + in.recorded() + ": set "
                        + URL_VARIABLE + " (and " + USER_VARIABLE + ", " + PASSWORD_VARIABLE + ") to it again, "
                        + "or start over with --reset");
            }
            return new ExternalPostgres(LOCAL_SERVER, DEFAULT_USER, localPassword,
                    "PostgreSQL on 127.0.0.1:5432 (as last time)", "start it again (this data directory's "
                    + "databases are there), set PGPASSWORD if its password is not 'postgres', or start over with --reset");
        }
        if (answers.test(LOCAL_SERVER, DEFAULT_USER, localPassword)) {
            return new ExternalPostgres(LOCAL_SERVER, DEFAULT_USER, localPassword,
                    "PostgreSQL on 127.0.0.1:5432 (already running)", "start it again, or use --embedded-postgres");
        }
        String reason = portIsFree.test(5432) ? "nothing answers on 127.0.0.1:5432"
                : "127.0.0.1:5432 refused user postgres; set PGPASSWORD to use it";
        return embedded(in, say, reason, portIsFree);
    }

    /** Whether a server answers at {@code url} as {@code user}. */
    @FunctionalInterface
    interface Answers {
        boolean test(String url, String user, String password);
    }

    private static EmbeddedPostgres embedded(Inputs in, Consumer<String> say, String reason, IntPredicate portIsFree) {
        int preferred = EMBEDDED_PORT + in.portOffset();
        int port = portIsFree.test(preferred) ? preferred : FreePort.find();
        return new EmbeddedPostgres(in.binariesDir(), in.clusterDir(), in.passwordFile(), in.logFile(), port,
                in.binariesVersion(), reason, say);
    }

    private static void checkUrl(String url) {
        try {
            LocalPostgres.databaseUrl(url.strip(), "postgres");
        } catch (IllegalArgumentException e) {
            throw new LauncherFailure(URL_VARIABLE + " is not a PostgreSQL JDBC URL (" + url
                    + "): set it like jdbc:postgresql://host:5432/postgres");
        }
    }

    private static boolean answers(String url, String user, String password) {
        return LocalPostgres.answers(url, user, password);
    }

    private static boolean isFree(int port) {
        return org.sportello.launcher.Ports.isFree(port);
    }
}
