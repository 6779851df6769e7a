package org.sportello.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sportello.benchmark.BookingBenchmark.Result;
import org.sportello.local.FreePort;
import org.sportello.local.ServiceProcess;
import org.sportello.testing.TestInfrastructure;

/**
 * {@code booking} for a few seconds against scheduling-service's executable jar, started here on a
 * database of its own, the test PostgreSQL and the test Kafka: run once for all the checks below.
 * Nothing here is timed; the figures belong to a real run.
 */
class BookingBenchmarkIT {

    private static final Duration START_TIMEOUT = Duration.ofMinutes(3);
    private static final List<String> JVM_OPTIONS = List.of("-Xmx384m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1");

    private static ServiceProcess scheduling;
    private static Result result;
    private static String printed;

    @BeforeAll
    static void runTheBenchmarkBriefly() throws Exception {
        Path log = Path.of(System.getProperty("java.io.tmpdir"), "booking-benchmark-it", "scheduling.log");
        scheduling = new ServiceProcess("scheduling", Path.of(System.getProperty("sportello.jar.scheduling")),
                FreePort.find(), Map.of(
                        "SPRING_DATASOURCE_URL", TestInfrastructure.newDatabase("benchmark_scheduling"),
                        "SPRING_DATASOURCE_USERNAME", TestInfrastructure.postgresUser(),
                        "SPRING_DATASOURCE_PASSWORD", TestInfrastructure.postgresPassword(),
                        "SPRING_KAFKA_BOOTSTRAP_SERVERS", TestInfrastructure.kafkaBootstrapServers(),
                        "SPORTELLO_JWT_SECRET", TestInfrastructure.jwtSecret(),
                        "SPORTELLO_MASTER_KEY", TestInfrastructure.masterKey()),
                log, JVM_OPTIONS);
        scheduling.start().awaitReady(START_TIMEOUT);
        // Two offices, so that the read-back spans offices; three clients at each, so that they race.
        BookingOptions options = new BookingOptions(scheduling.baseUrl(), TestInfrastructure.postgresServerUrl(),
                TestInfrastructure.postgresUser(), TestInfrastructure.postgresPassword(), TestInfrastructure.jwtSecret(),
                6, 2, 4, 50, Duration.ofSeconds(1), Duration.ofSeconds(4), Duration.ofSeconds(1));
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        result = BookingBenchmark.run(options, new PrintStream(output, true, StandardCharsets.UTF_8));
        printed = output.toString(StandardCharsets.UTF_8);
        System.out.print(printed);
    }

    @AfterAll
    static void stopScheduling() {
        if (scheduling != null) {
            scheduling.stop();
        }
    }

    @Test
    void booksAppointments() {
        assertThat(result.measured().booked()).isPositive();
        assertThat(result.measured().bookingsPerSecond()).isPositive();
        assertThat(result.measured().bookedLatency().getTotalCount()).isEqualTo(result.measured().booked());
    }

    @Test
    void noOperatorIsBookedTwiceAtOnce() {
        assertThat(result.verification().doubleBookings()).isZero();
        assertThat(result.met()).isTrue();
        assertThat(printed).contains("double bookings            0", "double bookings = 0 MET");
    }

    @Test
    void everyBookingIsReadBackAndNothingElse() {
        long booked = result.warmUp().booked() + result.measured().booked();

        assertThat(result.verification().readBack()).isEqualTo(booked);
        assertThat(result.verification().missing()).isZero();
        assertThat(result.verification().unexpected()).isZero();
    }

    @Test
    void lostRacesAreNoErrors() {
        // A 500 here is a service failure under a race, which should have been a 409 (see the first failure).
        assertThat(result.warmUp().errors() + result.measured().errors()).as("first failure: %s", result.firstFailure())
                .isZero();
        assertThat(result.measured().lostLatency().getTotalCount()).isEqualTo(result.measured().lost());
    }

    @Test
    void printsTheRawInsertsBeside() {
        assertThat(result.rawInsertsPerSecond()).isPositive();
        assertThat(printed).contains("bookings/s", "raw PostgreSQL inserts", "bookings / raw inserts", "p99");
    }
}
