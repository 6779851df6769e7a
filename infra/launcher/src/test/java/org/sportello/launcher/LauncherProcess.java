package org.sportello.launcher;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * The launcher as the README runs it, {@code java -jar infra/launcher/target/sportello-launcher.jar},
 * as a child process whose output the test reads line by line (and copies to a file under target/).
 * Its ports are moved by an offset at which nothing listens, so the test never meets a running stack.
 */
final class LauncherProcess {

    private static final Pattern TOKEN = Pattern.compile("^\\s*export (\\w+)_TOKEN=(\\S+)$");
    static final Duration START_TIMEOUT = Duration.ofMinutes(5);

    private final Process process;
    private final List<String> lines = new CopyOnWriteArrayList<>();
    private final Thread reader;
    final int portOffset;

    private LauncherProcess(Process process, int portOffset, Path transcript) {
        this.process = process;
        this.portOffset = portOffset;
        this.reader = new Thread(() -> read(transcript), "launcher-output");
        reader.setDaemon(true);
        reader.start();
    }

    static LauncherProcess start(String name, Path dataDir, int portOffset, String... options) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", System.getProperty("sportello.launcher.jar"),
                "--data-dir", dataDir.toString(), "--port-offset", String.valueOf(portOffset)));
        command.addAll(List.of(options));
        // e.g. -Dsportello.it.launcher-options=--embedded-postgres, to try that path where a server answers on 5432
        String extra = System.getProperty("sportello.it.launcher-options", "").strip();
        if (!extra.isEmpty()) {
            command.addAll(List.of(extra.split("\\s+")));
        }
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().remove(LauncherOptions.PORT_OFFSET_VARIABLE);
        // The launcher keeps its own key per data directory; a developer's exported one would be refused.
        builder.environment().remove(MasterKey.VARIABLE);
        try {
            Path transcript = Path.of(System.getProperty("java.io.tmpdir"), "launcher-it", name + ".out");
            Files.createDirectories(transcript.getParent());
            Files.deleteIfExists(transcript);
            return new LauncherProcess(builder.start(), portOffset, transcript);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Waits for a line containing {@code text}; fails at once, with the output, if the launcher exits. */
    String awaitLine(String text, Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        do {
            Optional<String> line = lines.stream().filter(l -> l.contains(text)).findFirst();
            if (line.isPresent()) {
                return line.get();
            }
            if (!process.isAlive()) {
                fail("the launcher exited with " + process.exitValue() + " before printing '" + text + "':\n" + output());
            }
            waitForExit(Duration.ofMillis(200));
        } while (Instant.now().isBefore(deadline));
        return fail("no '" + text + "' within " + timeout + ":\n" + output());
    }

    /** The token the launcher printed for {@code role}, as a user would copy it. */
    String token(String role) {
        return lines.stream().map(TOKEN::matcher).filter(Matcher::matches).filter(m -> m.group(1).equals(role))
                .map(m -> m.group(2)).findFirst().orElseGet(() -> fail("no token for " + role + " in:\n" + output()));
    }

    String output() {
        return String.join("\n", lines);
    }

    /** Every process the launcher started (service JVMs, PostgreSQL and its backends), alive now. */
    List<ProcessHandle> descendants() {
        return process.descendants().toList();
    }

    /** SIGTERM, as a service manager or CI would send; returns the exit code. */
    int stop() {
        // Through the handle: Process.destroy() would also close our end of its output, losing its last words.
        process.toHandle().destroy();
        try {
            if (!process.waitFor(2, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                fail("the launcher did not stop within 2 minutes of SIGTERM:\n" + output());
            }
            // Its last words (what it stopped) may still be in the pipe.
            reader.join(Duration.ofSeconds(10).toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        return process.exitValue();
    }

    /** For clean-up after a failed test: nothing must outlive the test run. */
    void kill() {
        List<ProcessHandle> children = process.isAlive() ? descendants() : List.of();
        if (process.isAlive()) {
            stop();
        }
        children.forEach(ProcessHandle::destroyForcibly);
    }

    boolean isAlive() {
        return process.isAlive();
    }

    /** An offset at which the launcher's ports (Kafka, the services, embedded PostgreSQL) are all free. */
    static int freePortOffset() {
        for (int attempt = 0; attempt < 50; attempt++) {
            // Below 32768, where Linux picks the local ports of outgoing connections.
            int offset = 100 * ThreadLocalRandom.current().nextInt(100, 230);
            List<Integer> ports = List.of(9092, 8081, 8082, 8083, 8084, 5433);
            if (ports.stream().allMatch(p -> Ports.isFree(p + offset))) {
                return offset;
            }
        }
        return fail("no free port offset found");
    }

    /**
     * A fresh data directory. Under target/ where possible; but when the tests run as root (CI) the
     * embedded PostgreSQL runs as an unprivileged user that must reach it, so a checkout under a
     * closed home directory gets one under /var/tmp instead (deleted by the test).
     */
    static Path newDataDirectory(String name) throws IOException {
        Path base = Path.of(System.getProperty("java.io.tmpdir")).toAbsolutePath();
        if ("root".equals(System.getProperty("user.name")) && !openToOthers(base)) {
            base = Path.of("/var/tmp");
        }
        return Files.createTempDirectory(base, "sportello-" + name + "-");
    }

    private static boolean openToOthers(Path dir) throws IOException {
        for (Path d = dir; d != null; d = d.getParent()) {
            if (!Files.getPosixFilePermissions(d).contains(PosixFilePermission.OTHERS_EXECUTE)) {
                return false;
            }
        }
        return true;
    }

    static void assertNothingLeft(List<ProcessHandle> started, int... ports) {
        assertThat(started).as("processes the launcher started").isNotEmpty();
        assertThat(started).as("processes still alive after the launcher stopped")
                .noneMatch(ProcessHandle::isAlive);
        for (int port : ports) {
            assertThat(Ports.isFree(port)).as("port " + port + " is free again").isTrue();
        }
    }

    private void read(Path transcript) {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                lines.add(line);
                Files.writeString(transcript, line + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                        StandardOpenOption.APPEND);
            }
        } catch (IOException e) {
            // the process ended
        }
    }

    /** Waiting on the process rather than sleeping, so an exit is noticed at once. */
    private void waitForExit(Duration duration) {
        try {
            process.waitFor(duration.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
