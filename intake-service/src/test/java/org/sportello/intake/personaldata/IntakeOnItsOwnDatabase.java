package org.sportello.intake.personaldata;

import java.util.LinkedHashMap;
import java.util.Map;

import org.sportello.intake.IntakeApi;
import org.sportello.intake.IntakeApplication;
import org.sportello.testing.SportelloServiceTest;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Intake on a database of its own, started and stopped by the test as often as it needs, each
 * time with the master keys it is given: what an operator does when restarting, rotating or
 * forgetting a key. Not a cached Spring test context, for the reason RelayOnItsOwnKafka gives.
 */
final class IntakeOnItsOwnDatabase {

    private final Map<String, Object> settings = new LinkedHashMap<>();

    IntakeOnItsOwnDatabase(String databasePrefix) {
        SportelloServiceTest.register((name, value) -> settings.put(name, value.get()), databasePrefix);
        settings.put("server.port", 0);
    }

    /** A running intake; close it to stop it. */
    Running start(String masterKey, String previousMasterKey) {
        Map<String, Object> properties = new LinkedHashMap<>(settings);
        properties.put("sportello.personal-data.master-key", masterKey);
        properties.put("sportello.personal-data.previous-master-key", previousMasterKey);
        // Command-line arguments rank above the environment (SPORTELLO_MASTER_KEY) and application.properties.
        String[] arguments = properties.entrySet().stream()
                .map(property -> "--" + property.getKey() + "=" + property.getValue()).toArray(String[]::new);
        return new Running(new SpringApplicationBuilder(IntakeApplication.class).run(arguments));
    }

    Running start(String masterKey) {
        return start(masterKey, "");
    }

    record Running(ConfigurableApplicationContext context) implements AutoCloseable {

        IntakeApi api() {
            return new IntakeApi(Integer.parseInt(context.getEnvironment().getRequiredProperty("local.server.port")));
        }

        JdbcClient jdbc() {
            return context.getBean(JdbcClient.class);
        }

        @Override
        public void close() {
            context.close();
        }
    }
}
