package org.sportello.local;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One Sportello service running as its own JVM from its executable jar, configured only through
 * the standard environment variables ({@code SPRING_DATASOURCE_URL}, {@code SERVER_PORT}, ...),
 * exactly as it would be deployed. Its output goes to a log file.
 */
public final class ServiceProcess implements AutoCloseable {

    private static final Duration STOP_PATIENCE = Duration.ofSeconds(30);

    private final String name;
    private final Path jar;
    private final int port;
    private final Map<String, String> environment;
    private final Path logFile;
    private final List<String> jvmOptions;
    private Process process;

    public ServiceProcess(String name, Path jar, int port, Map<String, String> environment, Path logFile,
                          List<String> jvmOptions) {
        this.name = name;
        this.jar = jar;
        this.port = port;
        this.environment = Map.copyOf(environment);
        this.logFile = logFile;
        this.jvmOptions = List.copyOf(jvmOptions);
    }

    /** Starts the JVM; call {@link #awaitReady(Duration)} to wait until it serves requests. */
    public synchronized ServiceProcess start() {
        if (!Files.isRegularFile(jar)) {
            throw new ServiceProcessException(name + ": no executable jar at " + jar + "; build it with ./mvnw package");
        }
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.add("-jar");
        command.add(jar.toString());
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()));
        builder.environment().putAll(environment);
        builder.environment().put("SERVER_PORT", Integer.toString(port));
        try {
            Files.createDirectories(logFile.getParent());
            process = builder.start();
        } catch (IOException e) {
            throw new ServiceProcessException(name + ": cannot start " + command + ": " + e.getMessage(), e);
        }
        return this;
    }

    /** Waits until the readiness probe answers 200, failing early if the process dies. */
    public ServiceProcess awaitReady(Duration timeout) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest probe = HttpRequest.newBuilder(URI.create(baseUrl() + "/actuator/health/readiness"))
                .timeout(Duration.ofSeconds(5)).build();
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new ServiceProcessException(name + " exited with code " + process.exitValue() + "; see " + logFile);
            }
            try {
                if (http.send(probe, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return this;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new ServiceProcessException(name + ": interrupted while waiting", e);
            }
            waitForExit(Duration.ofMillis(250));
        }
        throw new ServiceProcessException(name + " not ready after " + timeout + "; see " + logFile);
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    public String name() {
        return name;
    }

    public Path logFile() {
        return logFile;
    }

    /** Completes when the JVM exits, for whatever reason; call after {@link #start()}. */
    public synchronized java.util.concurrent.CompletableFuture<Void> onExit() {
        return process.onExit().thenApply(exited -> null);
    }

    public synchronized boolean isRunning() {
        return process != null && process.isAlive();
    }

    /** SIGTERM, so Spring shuts down gracefully (relays finish their batch); SIGKILL only if it hangs. */
    public synchronized void stop() {
        if (process == null || !process.isAlive()) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(STOP_PATIENCE.toSeconds(), java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        stop();
    }

    /** Waiting on the process rather than sleeping: a crash during start-up is noticed at once. */
    private void waitForExit(Duration patience) {
        try {
            process.waitFor(patience.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ServiceProcessException(name + ": interrupted while waiting", e);
        }
    }

    /** A service could not be started or did not become ready. */
    public static final class ServiceProcessException extends RuntimeException {

        public ServiceProcessException(String message) {
            super(message);
        }

        public ServiceProcessException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
