package org.sportello.system;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

import org.sportello.client.SportelloApi;
import org.sportello.local.FreePort;
import org.sportello.local.ServiceProcess;
import org.sportello.testing.TestInfrastructure;

/**
 * Every service as a separate JVM from its executable jar, each with a fresh database, on the test
 * Kafka: intake, scheduling (the real one: referral learns districts and offices from it, intake offices),
 * referral and reporting. Offices, providers and people are created through the public APIs only.
 */
final class WholeSystem implements AutoCloseable {

    private static final Duration START_TIMEOUT = Duration.ofMinutes(4);
    private static final Set<String> HOLDS_PERSONAL_DATA = Set.of("intake", "scheduling", "referral");
    private static final List<String> JVM_OPTIONS = List.of("-Xmx384m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1");

    final ServiceProcess intake;
    final ServiceProcess scheduling;
    final ServiceProcess referral;
    final ServiceProcess reporting;

    private WholeSystem(ServiceProcess intake, ServiceProcess scheduling, ServiceProcess referral,
                        ServiceProcess reporting) {
        this.intake = intake;
        this.scheduling = scheduling;
        this.referral = referral;
        this.reporting = reporting;
    }

    static WholeSystem start(String name) {
        Path logs = Path.of(System.getProperty("java.io.tmpdir"), "system-test-logs", name);
        WholeSystem system = new WholeSystem(service("intake", logs), service("scheduling", logs),
                service("referral", logs), service("reporting", logs));
        try {
            CompletableFuture.allOf(List.of(system.intake, system.scheduling, system.referral, system.reporting).stream()
                    .map(s -> CompletableFuture.runAsync(() -> s.start().awaitReady(START_TIMEOUT)))
                    .toArray(CompletableFuture[]::new)).join();
            return system;
        } catch (RuntimeException e) {
            system.close();
            throw e;
        }
    }

    private static ServiceProcess service(String name, Path logs) {
        Map<String, String> environment = new HashMap<>(Map.of(
                "SPRING_DATASOURCE_URL", TestInfrastructure.newDatabase("system_" + name),
                "SPRING_DATASOURCE_USERNAME", TestInfrastructure.postgresUser(),
                "SPRING_DATASOURCE_PASSWORD", TestInfrastructure.postgresPassword(),
                "SPRING_KAFKA_BOOTSTRAP_SERVERS", TestInfrastructure.kafkaBootstrapServers(),
                "SPORTELLO_JWT_SECRET", TestInfrastructure.jwtSecret(),
                "SPRING_DATASOURCE_HIKARI_MAXIMUM_POOL_SIZE", "8"));
        if (HOLDS_PERSONAL_DATA.contains(name)) {
            // Only where personal data is: reporting is given no key, as in every deployment.
            environment.put("SPORTELLO_MASTER_KEY", TestInfrastructure.masterKey());
        }
        Path jar = Path.of(System.getProperty("sportello.jar." + name));
        return new ServiceProcess(name, jar, FreePort.find(), environment, logs.resolve(name + ".log"), JVM_OPTIONS);
    }

    static SportelloApi as(ServiceProcess service, String token) {
        return new SportelloApi(service.baseUrl(), token);
    }

    @Override
    public void close() {
        for (ServiceProcess service : List.of(reporting, referral, scheduling, intake)) {
            service.stop();
        }
    }
}
