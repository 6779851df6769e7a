package org.sportello.intake.citizen;

import java.util.LinkedHashMap;
import java.util.Map;

import org.sportello.intake.IntakeApi;
import org.sportello.intake.IntakeApplication;
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
final class IntakeOnItsOwn implements AutoCloseable {

    private final ConfigurableApplicationContext context;

    private IntakeOnItsOwn(ConfigurableApplicationContext context) {
        this.context = context;
    }

    /** The settings of a new intake: a database of its own, the test Kafka, any port. */
    static Map<String, Object> settings(String databasePrefix) {
        Map<String, Object> settings = new LinkedHashMap<>();
        SportelloServiceTest.register((name, value) -> settings.put(name, value.get()), databasePrefix);
        settings.put("server.port", 0);
        return settings;
    }

    static IntakeOnItsOwn start(Map<String, Object> settings) {
        // Command-line arguments, which rank above application.properties (as a test context's would).
        String[] arguments = settings.entrySet().stream()
                .map(setting -> "--" + setting.getKey() + "=" + setting.getValue()).toArray(String[]::new);
        return new IntakeOnItsOwn(new SpringApplicationBuilder(IntakeApplication.class).run(arguments));
    }

    int port() {
        return Integer.parseInt(context.getEnvironment().getRequiredProperty("local.server.port"));
    }

    IntakeApi api() {
        return new IntakeApi(port());
    }

    JdbcClient jdbc() {
        return context.getBean(JdbcClient.class);
    }

    <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    @Override
    public void close() {
        context.close();
    }
}
