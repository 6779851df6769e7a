package org.sportello.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sportello.benchmark.ReferralBenchmark.Result;
import org.sportello.local.FreePort;
import org.sportello.local.ServiceProcess;
import org.sportello.testing.TestInfrastructure;

/**
 * {@code referrals} for a few seconds against intake's, scheduling's and referral's executable jars,
 * started here each on a database of its own, the test PostgreSQL and the test Kafka: run once for all
 * the checks below. Nothing here is timed; the figures belong to a real run.
 */
class ReferralBenchmarkIT {

    private static final Duration START_TIMEOUT = Duration.ofMinutes(4);
    private static final List<String> JVM_OPTIONS = List.of("-Xmx384m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1");

    private static ServiceProcess intake;
    private static ServiceProcess scheduling;
    private static ServiceProcess referral;
    private static Result result;
    private static String printed;

    @BeforeAll
    static void runTheBenchmarkBriefly() throws Exception {
        Path logs = Path.of(System.getProperty("java.io.tmpdir"), "referral-benchmark-it");
        intake = service("intake", logs);
        scheduling = service("scheduling", logs);
        referral = service("referral", logs);
        CompletableFuture.allOf(CompletableFuture.runAsync(() -> intake.start().awaitReady(START_TIMEOUT)),
                CompletableFuture.runAsync(() -> scheduling.start().awaitReady(START_TIMEOUT)),
                CompletableFuture.runAsync(() -> referral.start().awaitReady(START_TIMEOUT))).join();
        ReferralOptions options = new ReferralOptions(intake.baseUrl(), scheduling.baseUrl(), referral.baseUrl(),
                TestInfrastructure.postgresServerUrl(), TestInfrastructure.postgresUser(),
                TestInfrastructure.postgresPassword(), TestInfrastructure.jwtSecret(), 4, 12, 50, Duration.ofSeconds(1),
                Duration.ofSeconds(4), Duration.ofSeconds(1));
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        result = ReferralBenchmark.run(options, new PrintStream(output, true, StandardCharsets.UTF_8));
        printed = output.toString(StandardCharsets.UTF_8);
        System.out.print(printed);
    }

    private static ServiceProcess service(String name, Path logs) {
        Map<String, String> environment = new HashMap<>(Map.of(
                "SPRING_DATASOURCE_URL", TestInfrastructure.newDatabase("benchmark_" + name),
                "SPRING_DATASOURCE_USERNAME", TestInfrastructure.postgresUser(),
                "SPRING_DATASOURCE_PASSWORD", TestInfrastructure.postgresPassword(),
                "SPRING_KAFKA_BOOTSTRAP_SERVERS", TestInfrastructure.kafkaBootstrapServers(),
                "SPORTELLO_JWT_SECRET", TestInfrastructure.jwtSecret(),
                "SPORTELLO_MASTER_KEY", TestInfrastructure.masterKey()));
        return new ServiceProcess(name, Path.of(System.getProperty("sportello.jar." + name)), FreePort.find(),
                environment, logs.resolve(name + ".log"), JVM_OPTIONS);
    }

    @AfterAll
    static void stopTheServices() {
        for (ServiceProcess service : new ServiceProcess[] {referral, scheduling, intake}) {
            if (service != null) {
                service.stop();
            }
        }
    }

    @Test
    void sendsAndAnswersReferrals() {
        assertThat(result.measured().sent()).isPositive();
        assertThat(result.measured().answered()).isEqualTo(result.measured().sent());
        assertThat(result.measured().completed()).isPositive().isLessThanOrEqualTo(result.measured().answered());
        assertThat(result.measured().sendLatency().getTotalCount()).isEqualTo(result.measured().sent());
        assertThat(result.measured().answerLatency().getTotalCount()).isEqualTo(result.measured().answered());
    }

    @Test
    void nothingFails() {
        assertThat(result.warmUp().errors() + result.measured().errors()).as("first failure: %s", result.firstFailure())
                .isZero();
        assertThat(result.met()).isTrue();
        assertThat(printed).contains("targets: no errors MET");
    }

    @Test
    void printsTheRawInsertsBeside() {
        assertThat(result.rawInsertsPerSecond()).isPositive();
        assertThat(printed).contains("referrals/s", "p50", "p99", "raw PostgreSQL inserts", "referrals / raw inserts");
    }
}
