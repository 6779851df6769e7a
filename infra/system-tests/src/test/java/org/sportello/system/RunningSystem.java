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
import org.sportello.local.LocalKafka;
import org.sportello.local.ServiceProcess;
import org.sportello.testing.TestInfrastructure;

/**
 * Intake and reporting as separate JVMs from their executable jars, each with a fresh database,
 * sharing a Kafka broker this test owns (so it can stop and restart it). No scheduling: the offices
 * a test records contacts at are published as scheduling would ({@link SchedulingOffices}), and
 * the system counts as started once intake knows them.
 */
final class RunningSystem implements AutoCloseable {

    private static final Duration START_TIMEOUT = Duration.ofMinutes(3);
    private static final Set<String> HOLDS_PERSONAL_DATA = Set.of("intake");
    private static final List<String> JVM_OPTIONS = List.of("-Xmx384m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1");

    final LocalKafka kafka;
    final ServiceProcess intake;
    final ServiceProcess reporting;

    private RunningSystem(LocalKafka kafka, ServiceProcess intake, ServiceProcess reporting) {
        this.kafka = kafka;
        this.intake = intake;
        this.reporting = reporting;
    }

    /** @param offices the offices the test records contacts at */
    static RunningSystem start(String name, String... offices) {
        LocalKafka kafka = TestInfrastructure.startDedicatedKafka();
        SchedulingOffices.createTopic(kafka.bootstrapServers());
        Path logs = Path.of(System.getProperty("java.io.tmpdir"), "system-test-logs", name);
        ServiceProcess intake = service("intake", kafka, logs);
        ServiceProcess reporting = service("reporting", kafka, logs);
        RunningSystem system = new RunningSystem(kafka, intake, reporting);
        try {
            intake.start();
            reporting.start();
            CompletableFuture.allOf(CompletableFuture.runAsync(() -> intake.awaitReady(START_TIMEOUT)),
                    CompletableFuture.runAsync(() -> reporting.awaitReady(START_TIMEOUT))).join();
            SchedulingOffices.publish(kafka.bootstrapServers(), List.of(offices));
            SchedulingOffices.awaitKnown(system.intakeAsOperator(), List.of(offices));
            return system;
        } catch (RuntimeException e) {
            system.close();
            throw e;
        }
    }

    private static ServiceProcess service(String name, LocalKafka kafka, Path logs) {
        Map<String, String> environment = new HashMap<>(Map.of(
                "SPRING_DATASOURCE_URL", TestInfrastructure.newDatabase("system_" + name),
                "SPRING_DATASOURCE_USERNAME", TestInfrastructure.postgresUser(),
                "SPRING_DATASOURCE_PASSWORD", TestInfrastructure.postgresPassword(),
                "SPRING_KAFKA_BOOTSTRAP_SERVERS", kafka.bootstrapServers(),
                "SPORTELLO_JWT_SECRET", TestInfrastructure.jwtSecret(),
                "SPRING_DATASOURCE_HIKARI_MAXIMUM_POOL_SIZE", "8"));
        if (HOLDS_PERSONAL_DATA.contains(name)) {
            // Only where personal data is: reporting is given no key, as in every deployment.
            environment.put("SPORTELLO_MASTER_KEY", TestInfrastructure.masterKey());
        }
        Path jar = Path.of(System.getProperty("sportello.jar." + name));
        return new ServiceProcess(name, jar, FreePort.find(), environment, logs.resolve(name + ".log"), JVM_OPTIONS);
    }

    SportelloApi intakeAsOperator() {
        return new SportelloApi(intake.baseUrl(), TestInfrastructure.token("operator-1", "OPERATOR"));
    }

    SportelloApi reportingAsResearcher() {
        return new SportelloApi(reporting.baseUrl(), TestInfrastructure.token("researcher-1", "RESEARCHER"));
    }

    /**
     * {@code kill -9} of reporting's JVM (found among this JVM's children by its jar): no shutdown
     * hook runs, so its consumers never leave their groups; then starts it again and waits until
     * it is ready.
     */
    void killAndRestartReporting() {
        String jar = Path.of(System.getProperty("sportello.jar.reporting")).toString();
        ProcessHandle jvm = ProcessHandle.current().children()
                .filter(child -> child.info().arguments().map(List::of).orElse(List.of()).contains(jar))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("reporting's JVM is not running"));
        jvm.destroyForcibly();
        jvm.onExit().join();
        reporting.start();
        reporting.awaitReady(START_TIMEOUT);
    }

    @Override
    public void close() {
        reporting.stop();
        intake.stop();
        kafka.close();
    }
}
