package org.sportello.testing.openapi;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Stoplight's Spectral linter with the OWASP API Security ruleset, installed with npm on first use
 * into the user's cache and reused by every later run, of any worktree or build on the machine.
 *
 * <p>Versions are pinned here, so a newer ruleset with new rules never turns a build red on its
 * own. A missing {@code npm} fails with a message saying so: a check whose tool is missing never
 * passes quietly. The install runs with {@code --ignore-scripts}: neither package needs a build
 * step, and a dependency's postinstall script is only usage telemetry.
 */
public final class Spectral {

    public static final String CLI_VERSION = "6.16.3";
    public static final String OWASP_RULESET_VERSION = "2.0.1";
    /** Overrides where Spectral is installed (default: {@code $XDG_CACHE_HOME/sportello} or {@code ~/.cache/sportello}). */
    public static final String HOME_VARIABLE = "SPORTELLO_TOOLS_CACHE";

    private static final Duration INSTALL_TIMEOUT = Duration.ofMinutes(5);
    private static final Duration LINT_TIMEOUT = Duration.ofMinutes(3);
    private static final String INSTALLED_MARKER = ".installed";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Object installLock = new Object();
    private static Spectral installed;

    private final Path home;

    private Spectral(Path home) {
        this.home = home;
    }

    /** Spectral as installed for this machine's user, installing it first if it is not there yet. */
    public static Spectral installed() {
        synchronized (installLock) {
            if (installed == null) {
                installed = install(toolsCache().resolve("spectral-" + CLI_VERSION + "-owasp-" + OWASP_RULESET_VERSION));
            }
            return installed;
        }
    }

    /**
     * Lints {@code document} with the ruleset read from the classpath resource {@code ruleset}
     * (relative to this package) and returns every finding, whatever its rule or severity.
     * Spectral's raw output is written beside the document, as {@code <document>.spectral.json}.
     */
    public List<SpectralFinding> lint(Path document, String ruleset) {
        Path rules = placeRuleset(ruleset);
        Path output = document.resolveSibling(document.getFileName() + ".spectral.json");
        Path log = document.resolveSibling(document.getFileName() + ".spectral.log");
        try {
            Files.deleteIfExists(output);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        int exit = run(List.of(home.resolve("node_modules/.bin/spectral").toString(), "lint",
                document.toAbsolutePath().toString(), "--ruleset", rules.toString(),
                "--format", "json", "--output", output.toAbsolutePath().toString()), home, log, LINT_TIMEOUT);
        // 0: nothing at error severity; 1: errors found. Anything else means Spectral itself failed.
        if ((exit != 0 && exit != 1) || !Files.isRegularFile(output)) {
            throw new SpectralFailed("Spectral exited with " + exit + " and no report; its output:\n" + read(log));
        }
        return findings(output);
    }

    /** The directory Spectral is installed in. */
    public Path home() {
        return home;
    }

    private static List<SpectralFinding> findings(Path output) {
        JsonNode report = JSON.readTree(output.toFile());
        List<SpectralFinding> findings = new ArrayList<>();
        for (JsonNode finding : report) {
            List<String> path = new ArrayList<>();
            finding.path("path").forEach(segment -> path.add(segment.asString()));
            findings.add(new SpectralFinding(finding.path("code").asString(), path, finding.path("message").asString(),
                    SpectralFinding.Severity.of(finding.path("severity").asInt()),
                    finding.path("range").path("start").path("line").asInt() + 1));
        }
        return findings;
    }

    /**
     * Spectral resolves the rulesets a ruleset extends as Node modules, from the ruleset file's own
     * directory upwards; so the ruleset is copied under the install directory, named by its content
     * so that different rulesets (or versions of one) never overwrite each other while in use.
     */
    private Path placeRuleset(String ruleset) {
        byte[] content;
        try (InputStream in = Spectral.class.getResourceAsStream(ruleset)) {
            if (in == null) {
                throw new SpectralFailed("No ruleset " + ruleset + " on the classpath next to " + Spectral.class.getName());
            }
            content = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            Path rules = home.resolve("rulesets").resolve(digest(content) + "-" + Path.of(ruleset).getFileName());
            if (!Files.exists(rules)) {
                Files.createDirectories(rules.getParent());
                Path partial = Files.createTempFile(rules.getParent(), "ruleset", ".partial");
                Files.write(partial, content);
                Files.move(partial, rules, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            }
            return rules;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Spectral install(Path home) {
        if (Files.isRegularFile(home.resolve(INSTALLED_MARKER))) {
            return new Spectral(home);
        }
        try {
            Files.createDirectories(home.getParent());
            // Another build (another worktree, another module's test JVM) may be installing at the same moment.
            try (FileChannel channel = FileChannel.open(home.resolveSibling(home.getFileName() + ".lock"),
                    StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                 FileLock lock = channel.lock()) {
                if (!Files.isRegularFile(home.resolve(INSTALLED_MARKER))) {
                    // Whatever is there without the marker is an install that was interrupted.
                    deleteRecursively(home);
                    Files.createDirectories(home);
                    requireNpm(home);
                    Path log = home.resolve("npm-install.log");
                    int exit = run(List.of("npm", "install", "--prefix", home.toString(), "--no-audit", "--no-fund",
                            "--ignore-scripts", "--loglevel=error",
                            "@stoplight/spectral-cli@" + CLI_VERSION,
                            "@stoplight/spectral-owasp-ruleset@" + OWASP_RULESET_VERSION), home, log, INSTALL_TIMEOUT);
                    if (exit != 0 || !Files.isExecutable(home.resolve("node_modules/.bin/spectral"))) {
                        throw new SpectralFailed("npm could not install Spectral " + CLI_VERSION + " into " + home
                                + " (exit " + exit + "):\n" + read(log));
                    }
                    Files.writeString(home.resolve(INSTALLED_MARKER), CLI_VERSION + " " + OWASP_RULESET_VERSION + "\n");
                }
            }
            return new Spectral(home);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not install Spectral into " + home, e);
        }
    }

    private static void requireNpm(Path directory) {
        try {
            run(List.of("npm", "--version"), directory, directory.resolve("npm-version.log"), Duration.ofSeconds(60));
        } catch (SpectralFailed e) {
            throw new SpectralFailed("npm is not on the PATH, so the OpenAPI documents cannot be checked: install "
                    + "Node.js 20 or newer with npm (Debian: apt-get install nodejs npm). " + e.getMessage());
        }
    }

    private static int run(List<String> command, Path directory, Path log, Duration timeout) {
        try {
            Process process = new ProcessBuilder(command)
                    .directory(directory.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile())
                    .start();
            if (!process.waitFor(timeout.toSeconds(), TimeUnit.SECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
                throw new SpectralFailed(String.join(" ", command) + " did not finish within " + timeout + ":\n" + read(log));
            }
            return process.exitValue();
        } catch (IOException e) {
            throw new SpectralFailed("Could not run " + command.get(0) + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SpectralFailed("Interrupted while running " + String.join(" ", command));
        }
    }

    private static Path toolsCache() {
        String configured = System.getenv(HOME_VARIABLE);
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured);
        }
        String xdg = System.getenv("XDG_CACHE_HOME");
        Path cache = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache");
        return cache.resolve("sportello");
    }

    private static String digest(byte[] content) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(content);
            return HexFormat.of().formatHex(hash, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    private static String read(Path log) {
        try {
            return Files.exists(log) ? Files.readString(log, StandardCharsets.UTF_8) : "(no output)";
        } catch (IOException e) {
            return "(output unreadable: " + e.getMessage() + ")";
        }
    }

    private static void deleteRecursively(Path directory) throws IOException {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
