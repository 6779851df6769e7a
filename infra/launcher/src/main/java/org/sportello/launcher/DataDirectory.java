package org.sportello.launcher;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * The one directory that holds everything a run keeps: Kafka's log, the embedded PostgreSQL's
 * cluster, service logs, the JWT secret, the master key that encrypts the personal data in the
 * databases, and which PostgreSQL server the databases are on. Locked while a launcher uses it, so
 * two launchers never share a Kafka log or a cluster.
 */
public final class DataDirectory implements AutoCloseable {

    private static final String LOCK = "launcher.lock";
    private static final String STATE = "launcher.properties";
    static final String POSTGRES_KEY = "postgres";
    public static final String POSTGRES_EMBEDDED = "embedded";
    private static final String DEMO_KEY_PREFIX = "demo.";

    private final Path root;
    private final FileChannel lockChannel;
    private final FileLock lock;

    private DataDirectory(Path root, FileChannel lockChannel, FileLock lock) {
        this.root = root;
        this.lockChannel = lockChannel;
        this.lock = lock;
    }

    /** Creates the directory if needed and locks it. */
    public static DataDirectory open(Path dir) {
        Path root = dir.toAbsolutePath().normalize();
        try {
            Files.createDirectories(root.resolve("logs"));
        } catch (IOException e) {
            throw new LauncherFailure("cannot create the data directory " + root + " (" + describe(e)
                    + "): choose another with --data-dir");
        }
        if (!Files.isWritable(root)) {
            throw new LauncherFailure("cannot write to the data directory " + root + ": fix its permissions or "
                    + "choose another with --data-dir");
        }
        try {
            FileChannel channel = FileChannel.open(root.resolve(LOCK), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock = channel.tryLock();
            if (lock == null) {
                channel.close();
                throw new LauncherFailure("another launcher is using " + root + ": stop it first (Ctrl-C in its "
                        + "terminal), or choose another --data-dir");
            }
            return new DataDirectory(root, channel, lock);
        } catch (IOException e) {
            throw new LauncherFailure("cannot lock " + root.resolve(LOCK) + " (" + describe(e) + "): fix its "
                    + "permissions or choose another --data-dir");
        }
    }

    public Path root() {
        return root;
    }

    public Path kafka() {
        return root.resolve("kafka");
    }

    public Path postgres() {
        return root.resolve("postgres");
    }

    public Path postgresBinaries(String version) {
        return root.resolve("postgres-binaries").resolve(version);
    }

    public Path postgresPassword() {
        return root.resolve("postgres-password");
    }

    public Path jwtSecret() {
        return root.resolve("jwt-secret");
    }

    /** Kept as long as the databases: without it, their personal data cannot be read. */
    public Path masterKey() {
        return root.resolve("master-key");
    }

    public Path logs() {
        return root.resolve("logs");
    }

    public Path log(String name) {
        return logs().resolve(name + ".log");
    }

    /** Whether anything but the lock is there, i.e. whether --reset has something to delete. */
    public boolean hasData() {
        try (Stream<Path> entries = Files.list(root)) {
            return entries.anyMatch(p -> !p.getFileName().toString().equals(LOCK)
                    && !(p.getFileName().toString().equals("logs") && isEmptyDirectory(p)));
        } catch (IOException e) {
            return true;
        }
    }

    /** Deletes everything in the directory but the lock this launcher holds. */
    public void wipe() {
        try (Stream<Path> entries = Files.list(root)) {
            for (Path entry : entries.filter(p -> !p.getFileName().toString().equals(LOCK)).toList()) {
                deleteTree(entry);
            }
            Files.createDirectories(logs());
        } catch (IOException e) {
            throw new LauncherFailure("could not delete everything in " + root + " (" + describe(e)
                    + "): delete it by hand and start again");
        }
    }

    /** Where the databases were last time: {@value #POSTGRES_EMBEDDED}, a server URL, or null for a new directory. */
    public String recordedPostgres() {
        return state().getProperty(POSTGRES_KEY);
    }

    public void recordPostgres(String value) {
        record(POSTGRES_KEY, value);
    }

    /** When this demo (seed and period) was recorded into this directory's stack, or null. */
    public String recordedDemo(String demo) {
        return state().getProperty(DEMO_KEY_PREFIX + demo);
    }

    public void recordDemo(String demo, String when) {
        record(DEMO_KEY_PREFIX + demo, when);
    }

    private synchronized void record(String key, String value) {
        Properties state = state();
        if (value.equals(state.getProperty(key))) {
            return;
        }
        state.setProperty(key, value);
        try (OutputStream file = Files.newOutputStream(root.resolve(STATE))) {
            state.store(file, "Sportello launcher: where this data directory's databases are, which demos it holds");
        } catch (IOException e) {
            throw new LauncherFailure("cannot write " + root.resolve(STATE) + " (" + describe(e) + ")");
        }
    }

    @Override
    public void close() {
        try {
            lock.release();
            lockChannel.close();
        } catch (IOException e) {
            // the lock goes with the process anyway
        }
    }

    private Properties state() {
        Properties state = new Properties();
        Path file = root.resolve(STATE);
        if (Files.exists(file)) {
            try (InputStream in = Files.newInputStream(file)) {
                state.load(in);
            } catch (IOException | IllegalArgumentException e) {
                throw new LauncherFailure("cannot read " + file + " (" + e.getMessage() + "): start over with --reset");
            }
        }
        return state;
    }

    private static boolean isEmptyDirectory(Path dir) {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.findAny().isEmpty();
        } catch (IOException e) {
            return false;
        }
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            List<Path> all = paths.sorted(Comparator.reverseOrder()).toList();
            for (Path path : all) {
                Files.deleteIfExists(path);
            }
        }
    }

    private static String describe(IOException e) {
        return e instanceof AccessDeniedException ? "permission denied" : e.getClass().getSimpleName() + ": " + e.getMessage();
    }
}
