package org.sportello.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sportello.local.DevToken;
import org.sportello.local.LocalKafka;
import org.sportello.local.LocalPostgres;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * PostgreSQL and Kafka for every test in this JVM, started on first use and shared.
 *
 * <p>Each comes from the first of these that applies, never from a mock:
 * <ol>
 *   <li>the environment: {@value #POSTGRES_URL} (a server URL such as
 *       {@code jdbc:postgresql://host:5432/postgres}, with {@value #POSTGRES_USER} and
 *       {@value #POSTGRES_PASSWORD}) and {@value #KAFKA_BOOTSTRAP_SERVERS};</li>
 *   <li>Testcontainers, when a Docker engine answers;</li>
 *   <li>the PostgreSQL server on 127.0.0.1:5432 (user {@code postgres}, password {@code $PGPASSWORD}
 *       or {@code postgres}) and a Kafka broker started in this JVM ({@link LocalKafka}).</li>
 * </ol>
 * When none answers, the call fails and says what to set: a test that needs infrastructure gets it
 * or fails, it never skips.
 */
public final class TestInfrastructure {

    public static final String POSTGRES_URL = "SPORTELLO_TEST_POSTGRES_URL";
    public static final String POSTGRES_USER = "SPORTELLO_TEST_POSTGRES_USER";
    public static final String POSTGRES_PASSWORD = "SPORTELLO_TEST_POSTGRES_PASSWORD";
    public static final String KAFKA_BOOTSTRAP_SERVERS = "SPORTELLO_TEST_KAFKA_BOOTSTRAP_SERVERS";
    /** Set to {@code true} to keep the databases the tests created, to look into them afterwards. */
    public static final String KEEP_DATABASES = "SPORTELLO_TEST_KEEP_DATABASES";

    static final String POSTGRES_IMAGE = "postgres:16-alpine";
    static final String KAFKA_IMAGE = "apache/kafka:4.2.1";
    static final String LOCAL_POSTGRES_URL = "jdbc:postgresql://127.0.0.1:5432/postgres";

    private static final String JWT_SECRET = "sportello-test-secret-for-hs256-tokens-only";
    private static final int MASTER_KEY_BYTES = 32;
    // Random rather than a constant, so that no test can pass by reading data with a key it never
    // was given; one per JVM, so that a service restarted within it still reads what it wrote.
    private static final String MASTER_KEY = newMasterKey();
    private static final Duration TOKEN_TTL = Duration.ofHours(1);
    private static final Duration KAFKA_ANSWER_TIMEOUT = Duration.ofSeconds(15);
    private static final Duration IDLE_DROP_PATIENCE = Duration.ofSeconds(5);

    private static final Logger log = LoggerFactory.getLogger(TestInfrastructure.class);

    private static final Object postgresLock = new Object();
    private static final Object kafkaLock = new Object();
    private static final Object dockerLock = new Object();
    private static Postgres postgres;
    private static RuntimeException postgresFailure;
    private static Kafka kafka;
    private static RuntimeException kafkaFailure;
    private static Boolean dockerAvailable;
    private static final List<String> createdDatabases = new ArrayList<>();
    private static final List<LocalKafka> dedicatedBrokers = new ArrayList<>();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(TestInfrastructure::cleanUp, "sportello-test-infrastructure-stop"));
    }

    private TestInfrastructure() {
    }

    // ---- PostgreSQL ----------------------------------------------------------------------------

    /**
     * Creates an empty database named {@code prefix} plus a random suffix, and returns its JDBC URL.
     * The prefix is lower-cased and anything outside {@code [a-z0-9_]} becomes {@code _}.
     */
    public static String newDatabase(String prefix) {
        Postgres server = postgres();
        String name = databaseName(prefix);
        LocalPostgres.ensureDatabase(server.serverUrl(), server.user(), server.password(), name);
        if (server.dropOnExit()) {
            synchronized (createdDatabases) {
                createdDatabases.add(name);
            }
        }
        return LocalPostgres.databaseUrl(server.serverUrl(), name);
    }

    public static String postgresUser() {
        return postgres().user();
    }

    public static String postgresPassword() {
        return postgres().password();
    }

    /** The URL of the server's maintenance database, for tests that manage databases themselves. */
    public static String postgresServerUrl() {
        return postgres().serverUrl();
    }

    // ---- Kafka ---------------------------------------------------------------------------------

    public static String kafkaBootstrapServers() {
        return kafka().bootstrapServers();
    }

    /** Whether the shared broker runs in this JVM, so that {@link #localKafka()} can hand it out. */
    public static boolean kafkaIsInProcess() {
        return kafka().inProcess() != null;
    }

    /**
     * The shared broker when it runs in this JVM. Stopping it affects every test of the JVM: a test
     * that stops or restarts a broker should own one, from {@link #startDedicatedKafka()}.
     */
    public static LocalKafka localKafka() {
        Kafka shared = kafka();
        if (shared.inProcess() == null) {
            throw new TestInfrastructureException("The shared Kafka comes from " + shared.source()
                    + ", not from this JVM; use startDedicatedKafka() for a broker the test can stop and restart.",
                    null);
        }
        return shared.inProcess();
    }

    /**
     * Starts a further in-process broker that belongs to the caller, whatever the shared Kafka is:
     * the way to test stopping and restarting Kafka on any machine. Stop it when done; one still
     * running when the JVM exits is stopped then.
     */
    public static LocalKafka startDedicatedKafka() {
        LocalKafka broker = LocalKafka.start(newKafkaDataDir("sportello-kafka-dedicated-"), 0);
        synchronized (dedicatedBrokers) {
            dedicatedBrokers.add(broker);
        }
        return broker;
    }

    // ---- Tokens --------------------------------------------------------------------------------

    /** The HS256 secret the services under test verify tokens with ({@code sportello.jwt.secret}). */
    public static String jwtSecret() {
        return JWT_SECRET;
    }

    /** A token for {@code subject} with {@code roles}, signed with {@link #jwtSecret()}, valid for an hour. */
    public static String token(String subject, String... roles) {
        return DevToken.mint(JWT_SECRET, subject, List.of(roles), TOKEN_TTL);
    }

    /**
     * A token for {@code subject} working at {@code offices} (its {@code offices} claim) with
     * {@code roles}, signed with {@link #jwtSecret()}, valid for an hour.
     */
    public static String tokenAt(List<String> offices, String subject, String... roles) {
        return DevToken.mint(JWT_SECRET, subject, List.of(roles), offices, TOKEN_TTL, Instant.now());
    }

    /**
     * A {@code PROVIDER} token for {@code subject} bound to {@code providerId} (its {@code providerId}
     * claim), signed with {@link #jwtSecret()}, valid for an hour.
     */
    public static String providerToken(String providerId, String subject) {
        return DevToken.mint(JWT_SECRET, subject, List.of("PROVIDER"), List.of(), providerId, TOKEN_TTL, Instant.now());
    }

    // ---- Personal data -------------------------------------------------------------------------

    /**
     * The master key the services under test encrypt personal data with
     * ({@code sportello.personal-data.master-key}): base64 of 32 random bytes, the same for every
     * service started in this JVM.
     */
    public static String masterKey() {
        return MASTER_KEY;
    }

    // ---- Resolution ----------------------------------------------------------------------------

    private static Postgres postgres() {
        synchronized (postgresLock) {
            if (postgres == null && postgresFailure == null) {
                try {
                    postgres = resolvePostgres();
                    log.info("PostgreSQL for tests: {}", postgres.source());
                } catch (RuntimeException e) {
                    // Remembered so that every later test fails at once with the same explanation,
                    // instead of waiting for the same timeouts again.
                    postgresFailure = e;
                }
            }
            if (postgresFailure != null) {
                throw new TestInfrastructureException(postgresFailure.getMessage(), postgresFailure);
            }
            return postgres;
        }
    }

    private static Postgres resolvePostgres() {
        String url = env(POSTGRES_URL);
        if (url != null) {
            String user = envOr(POSTGRES_USER, "postgres");
            String password = envOr(POSTGRES_PASSWORD, "postgres");
            requireAnswer(url, user, password, "PostgreSQL at " + POSTGRES_URL + "=" + url + " (user " + user
                    + ") does not answer. Fix " + POSTGRES_URL + ", " + POSTGRES_USER + " and "
                    + POSTGRES_PASSWORD + ", or unset them to use Docker or the local server.");
            return new Postgres(url, user, password, url + " from " + POSTGRES_URL, true);
        }
        if (dockerAvailable()) {
            PostgreSQLContainer container = new PostgreSQLContainer(POSTGRES_IMAGE);
            try {
                container.start();
            } catch (RuntimeException e) {
                throw new TestInfrastructureException("Docker answers but the " + POSTGRES_IMAGE
                        + " container did not start. Set " + POSTGRES_URL + " (and " + POSTGRES_USER + ", "
                        + POSTGRES_PASSWORD + ") to a PostgreSQL server instead.", e);
            }
            String serverUrl = "jdbc:postgresql://" + container.getHost() + ":"
                    + container.getMappedPort(PostgreSQLContainer.POSTGRESQL_PORT) + "/postgres";
            // The container goes away with the JVM (Testcontainers' reaper), and its databases with it.
            return new Postgres(serverUrl, container.getUsername(), container.getPassword(),
                    "Testcontainers " + POSTGRES_IMAGE + " at " + serverUrl, false);
        }
        String pgPassword = env("PGPASSWORD");
        String password = pgPassword == null ? "postgres" : pgPassword;
        requireAnswer(LOCAL_POSTGRES_URL, "postgres", password, "No PostgreSQL for the tests. " + POSTGRES_URL
                + " is not set, no Docker engine answers for Testcontainers, and the local server "
                + LOCAL_POSTGRES_URL + " refuses user postgres with the password from "
                + (pgPassword == null ? "the default 'postgres' (PGPASSWORD is not set)" : "PGPASSWORD")
                + ". Set " + POSTGRES_URL + ", " + POSTGRES_USER + " and " + POSTGRES_PASSWORD
                + " to a server where that user may create databases, start Docker, or let the local"
                + " server accept that user and password.");
        return new Postgres(LOCAL_POSTGRES_URL, "postgres", password,
                "local server " + LOCAL_POSTGRES_URL + " (" + POSTGRES_URL + " not set, no Docker)", true);
    }

    private static void requireAnswer(String url, String user, String password, String explanation) {
        try (var connection = LocalPostgres.connect(url, user, password)) {
            connection.isValid(5);
        } catch (Exception e) {
            throw new TestInfrastructureException(explanation + " Cause: " + e.getMessage(), e);
        }
    }

    private static Kafka kafka() {
        synchronized (kafkaLock) {
            if (kafka == null && kafkaFailure == null) {
                try {
                    kafka = resolveKafka();
                    log.info("Kafka for tests: {}", kafka.source());
                } catch (RuntimeException e) {
                    kafkaFailure = e;
                }
            }
            if (kafkaFailure != null) {
                throw new TestInfrastructureException(kafkaFailure.getMessage(), kafkaFailure);
            }
            return kafka;
        }
    }

    private static Kafka resolveKafka() {
        String bootstrapServers = env(KAFKA_BOOTSTRAP_SERVERS);
        if (bootstrapServers != null) {
            requireKafkaAnswer(bootstrapServers);
            return new Kafka(bootstrapServers, bootstrapServers + " from " + KAFKA_BOOTSTRAP_SERVERS, null);
        }
        if (dockerAvailable()) {
            KafkaContainer container = new KafkaContainer(KAFKA_IMAGE);
            try {
                container.start();
            } catch (RuntimeException e) {
                throw new TestInfrastructureException("Docker answers but the " + KAFKA_IMAGE
                        + " container did not start. Set " + KAFKA_BOOTSTRAP_SERVERS + " to a Kafka broker instead.", e);
            }
            return new Kafka(container.getBootstrapServers(),
                    "Testcontainers " + KAFKA_IMAGE + " at " + container.getBootstrapServers(), null);
        }
        try {
            LocalKafka broker = LocalKafka.start(newKafkaDataDir("sportello-kafka-"), 0);
            return new Kafka(broker.bootstrapServers(), "in-process broker at " + broker.bootstrapServers()
                    + " (" + KAFKA_BOOTSTRAP_SERVERS + " not set, no Docker)", broker);
        } catch (RuntimeException e) {
            throw new TestInfrastructureException("No Kafka for the tests: " + KAFKA_BOOTSTRAP_SERVERS
                    + " is not set, no Docker engine answers, and the in-process broker did not start. Set "
                    + KAFKA_BOOTSTRAP_SERVERS + " to a running broker.", e);
        }
    }

    private static void requireKafkaAnswer(String bootstrapServers) {
        Map<String, Object> config = Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) KAFKA_ANSWER_TIMEOUT.toMillis(),
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) KAFKA_ANSWER_TIMEOUT.toMillis());
        try (Admin admin = Admin.create(config)) {
            admin.describeCluster().nodes().get(KAFKA_ANSWER_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (Exception e) {
            throw new TestInfrastructureException("Kafka at " + KAFKA_BOOTSTRAP_SERVERS + "=" + bootstrapServers
                    + " does not answer. Fix it, or unset it to use Docker or an in-process broker.", e);
        }
    }

    /** Asked once per JVM; any failure to ask counts as no Docker. */
    private static boolean dockerAvailable() {
        synchronized (dockerLock) {
            if (dockerAvailable == null) {
                try {
                    dockerAvailable = DockerClientFactory.instance().isDockerAvailable();
                } catch (Throwable e) {
                    log.debug("Asking Testcontainers for Docker failed", e);
                    dockerAvailable = false;
                }
            }
            return dockerAvailable;
        }
    }

    // ---- Helpers -------------------------------------------------------------------------------

    private static String newMasterKey() {
        byte[] key = new byte[MASTER_KEY_BYTES];
        new SecureRandom().nextBytes(key);
        return Base64.getEncoder().encodeToString(key);
    }

    static String databaseName(String prefix) {
        String cleaned = prefix == null ? "" : prefix.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_]", "_");
        if (cleaned.isEmpty()) {
            throw new IllegalArgumentException("A database prefix needs at least one letter or digit, not '" + prefix + "'");
        }
        if (cleaned.length() > 50) {
            cleaned = cleaned.substring(0, 50);
        }
        byte[] random = new byte[4];
        ThreadLocalRandom.current().nextBytes(random);
        return cleaned + "_" + HexFormat.of().formatHex(random);
    }

    private static Path newKafkaDataDir(String prefix) {
        // Surefire and Failsafe point java.io.tmpdir at target/, so the data goes with mvn clean.
        Path parent = Path.of(System.getProperty("java.io.tmpdir"));
        try {
            Files.createDirectories(parent);
            return Files.createTempDirectory(parent, prefix);
        } catch (IOException e) {
            throw new TestInfrastructureException("Cannot create a Kafka data directory under " + parent, e);
        }
    }

    private static String env(String name) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? null : value.trim();
    }

    private static String envOr(String name, String fallback) {
        String value = System.getenv(name);
        return value == null ? fallback : value;
    }

    private static void cleanUp() {
        synchronized (dedicatedBrokers) {
            for (LocalKafka broker : dedicatedBrokers) {
                stopQuietly(broker);
            }
        }
        Kafka shared;
        synchronized (kafkaLock) {
            shared = kafka;
        }
        if (shared != null && shared.inProcess() != null) {
            stopQuietly(shared.inProcess());
        }
        dropCreatedDatabases();
    }

    private static void stopQuietly(LocalKafka broker) {
        try {
            broker.stop();
            deleteRecursively(broker.dataDir());
        } catch (RuntimeException e) {
            log.warn("Could not stop the in-process Kafka at {}", broker.bootstrapServers(), e);
        }
    }

    /**
     * Drops this JVM's databases from a shared server, so that test runs do not pile up databases.
     * Spring closes its cached contexts in its own shutdown hook, at the same time as this one: a
     * database still in use is retried for a few seconds, then left rather than cut off mid-query.
     */
    private static void dropCreatedDatabases() {
        Postgres server;
        synchronized (postgresLock) {
            server = postgres;
        }
        if (server == null || "true".equalsIgnoreCase(env(KEEP_DATABASES))) {
            return;
        }
        List<String> pending;
        synchronized (createdDatabases) {
            pending = new ArrayList<>(createdDatabases);
        }
        // Spring closes its contexts in hooks of their own, at the same moment: give their pools a
        // few seconds to let go, and keep (never force-drop) a database still in use after that.
        try {
            Awaitility.await().atMost(IDLE_DROP_PATIENCE).pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(200))
                    .until(() -> {
                        pending.removeIf(name -> dropIfIdle(server, name));
                        return pending.isEmpty();
                    });
        } catch (ConditionTimeoutException stillInUse) {
            log.info("Kept databases still in use: {}", pending);
        }
    }

    private static boolean dropIfIdle(Postgres server, String name) {
        try {
            return LocalPostgres.dropDatabaseIfIdle(server.serverUrl(), server.user(), server.password(), name);
        } catch (RuntimeException e) {
            return true; // nothing more to try for this one
        }
    }

    private static void deleteRecursively(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            // Under target/: mvn clean removes what is left.
        }
    }

    private record Postgres(String serverUrl, String user, String password, String source, boolean dropOnExit) {
    }

    private record Kafka(String bootstrapServers, String source, LocalKafka inProcess) {
    }

    /** The infrastructure the tests need is not there; the message says what to set. */
    public static final class TestInfrastructureException extends RuntimeException {
        TestInfrastructureException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
