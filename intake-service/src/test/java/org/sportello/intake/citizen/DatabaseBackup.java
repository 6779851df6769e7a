package org.sportello.intake.citizen;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.sportello.local.LocalPostgres;
import org.sportello.testing.TestInfrastructure;

/**
 * A backup of one test database as an operator takes and restores it, with PostgreSQL's own
 * {@code pg_dump} and {@code pg_restore} from the PATH: a missing binary fails the test, since a
 * restore that was never tried proves nothing.
 */
final class DatabaseBackup {

    private static final long TIMEOUT_SECONDS = 120;

    private final String databaseUrl;
    private final String database;
    private final String host;
    private final int port;

    DatabaseBackup(String databaseUrl) {
        this.databaseUrl = databaseUrl;
        URI uri = URI.create(databaseUrl.substring("jdbc:".length()));
        this.host = uri.getHost();
        this.port = uri.getPort() < 0 ? 5432 : uri.getPort();
        this.database = uri.getPath().substring(1);
    }

    /** Takes a backup of the database, as it is now, into {@code file} (pg_dump's custom format). */
    void dump(Path file) {
        run(List.of("pg_dump", "--format=custom", "--no-owner", "--file=" + file, "--dbname=" + database),
                logOf(file, "dump"));
    }

    /** Replaces the database with the backup in {@code file}; nothing may be connected to it. */
    void restore(Path file) {
        String server = TestInfrastructure.postgresServerUrl();
        LocalPostgres.dropDatabase(server, TestInfrastructure.postgresUser(), TestInfrastructure.postgresPassword(),
                database);
        LocalPostgres.ensureDatabase(server, TestInfrastructure.postgresUser(), TestInfrastructure.postgresPassword(),
                database);
        run(List.of("pg_restore", "--no-owner", "--exit-on-error", "--dbname=" + database, file.toString()),
                logOf(file, "restore"));
    }

    String databaseUrl() {
        return databaseUrl;
    }

    private static Path logOf(Path file, String what) {
        return file.resolveSibling(file.getFileName() + "." + what + ".log");
    }

    /** What the tool says goes to {@code log}, so that a full pipe never stalls it. */
    private void run(List<String> tool, Path log) {
        List<String> command = new ArrayList<>(tool);
        command.addAll(1, List.of("--host=" + host, "--port=" + port,
                "--username=" + TestInfrastructure.postgresUser(), "--no-password"));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().put("PGPASSWORD", TestInfrastructure.postgresPassword());
        Process process;
        try {
            process = builder.start();
        } catch (IOException missing) {
            throw new AssertionError(tool.get(0) + " could not be run; the restore test needs PostgreSQL's client "
                    + "tools (pg_dump, pg_restore) on the PATH", missing);
        }
        try {
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError(tool.get(0) + " did not finish within " + TIMEOUT_SECONDS + " s");
            }
            String output = Files.readString(log, StandardCharsets.UTF_8);
            if (process.exitValue() != 0) {
                throw new AssertionError(String.join(" ", command) + " failed (" + process.exitValue() + "): " + output);
            }
        } catch (IOException e) {
            throw new AssertionError("could not read what " + tool.get(0) + " said", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while " + tool.get(0) + " ran", e);
        }
    }
}
