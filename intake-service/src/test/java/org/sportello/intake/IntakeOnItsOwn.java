package org.sportello.intake;

import java.util.LinkedHashMap;
import java.util.Map;

import org.sportello.testing.SportelloServiceTest;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Intake started by a test itself, on a database of its own, so that the test may stop it,
 * restore its database and start it again: not a cached Spring test context, which the test
 * framework would pause, and whose Axon processors could not start again after that (see
 * {@code RelayOnItsOwnKafka}).
 */
public final class IntakeOnItsOwn implements AutoCloseable {

    private final ConfigurableApplicationContext context;

    private IntakeOnItsOwn(ConfigurableApplicationContext context) {
        this.context = context;
    }

    /**
     * The settings of a new intake: a database of its own, the test Kafka, any port, and consumer
     * groups of its own for scheduling's events (so that it reads the offices from the start).
     */
    public static Map<String, Object> settings(String databasePrefix) {
        Map<String, Object> settings = new LinkedHashMap<>();
        SportelloServiceTest.register((name, value) -> settings.put(name, value.get()), databasePrefix);
        settings.put("server.port", 0);
        settings.putAll(SchedulingEvents.consumerGroupsOfANewIntake());
        return settings;
    }

    /**
     * These settings with these master keys, as an operator gives them in SPORTELLO_MASTER_KEY and
     * SPORTELLO_PREVIOUS_MASTER_KEY ({@code ""} for none): above the test JVM's own key.
     */
    public static Map<String, Object> withMasterKeys(Map<String, Object> settings, String masterKey,
                                                     String previousMasterKey) {
        Map<String, Object> keyed = new LinkedHashMap<>(settings);
        keyed.put("sportello.personal-data.master-key", masterKey);
        keyed.put("sportello.personal-data.previous-master-key", previousMasterKey);
        return keyed;
    }

    /** A master key as an operator makes one: {@code openssl rand -base64 32}. */
    public static String newMasterKey() {
        byte[] key = new byte[32];
        new java.security.SecureRandom().nextBytes(key);
        return java.util.Base64.getEncoder().encodeToString(key);
    }

    /**
     * Starts intake and waits until it knows the office of {@link IntakeRequests} (published, as
     * scheduling would, if its database does not have it yet).
     */
    public static IntakeOnItsOwn start(Map<String, Object> settings) {
        String kafka = String.valueOf(settings.get("spring.kafka.bootstrap-servers"));
        SchedulingEvents.createTopicIfMissing(kafka);
        // Command-line arguments, which rank above application.properties (as a test context's would).
        String[] arguments = settings.entrySet().stream()
                .map(setting -> "--" + setting.getKey() + "=" + setting.getValue()).toArray(String[]::new);
        IntakeOnItsOwn intake = new IntakeOnItsOwn(new SpringApplicationBuilder(IntakeApplication.class).run(arguments));
        try {
            SchedulingEvents.ensureOfficesKnown(kafka, intake.jdbc(), IntakeRequests.OFFICE);
        } catch (RuntimeException e) {
            intake.close();
            throw e;
        }
        return intake;
    }

    public int port() {
        return Integer.parseInt(context.getEnvironment().getRequiredProperty("local.server.port"));
    }

    public IntakeApi api() {
        return new IntakeApi(port());
    }

    public JdbcClient jdbc() {
        return context.getBean(JdbcClient.class);
    }

    public <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    @Override
    public void close() {
        context.close();
    }
}
