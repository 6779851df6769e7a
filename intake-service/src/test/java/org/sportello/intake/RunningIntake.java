package org.sportello.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeEach;
import org.sportello.intake.IntakeApi.Response;
import org.sportello.platform.problem.Problems;
import org.sportello.testing.SportelloServiceTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The intake service running on a random port, on a database of its own in the test PostgreSQL and
 * on the test Kafka. Every integration test extends this, so they all share one Spring context
 * (and one database): each test therefore works with citizens of its own.
 */
@SpringBootTest(classes = IntakeApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class RunningIntake {

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        SportelloServiceTest.register(registry, "intake");
    }

    @LocalServerPort
    private int port;

    @Autowired
    protected JdbcClient jdbc;

    protected IntakeApi api;

    @BeforeEach
    void connect() {
        api = new IntakeApi(port);
    }

    /** All events in the event store: a refused request must leave this unchanged. */
    protected long storedEvents() {
        return jdbc.sql("SELECT count(*) FROM domain_event_entry").query(Long.class).single();
    }

    protected long storedEvents(Class<?> payloadType) {
        return jdbc.sql("SELECT count(*) FROM domain_event_entry WHERE payload_type = ?")
                .param(payloadType.getName())
                .query(Long.class)
                .single();
    }

    protected long storedEvents(Class<?> payloadType, Object aggregateId) {
        return jdbc.sql("SELECT count(*) FROM domain_event_entry WHERE payload_type = ? AND aggregate_identifier = ?")
                .params(payloadType.getName(), aggregateId.toString())
                .query(Long.class)
                .single();
    }

    /** A problem (RFC 9457) with this status and type; returns it for further checks. */
    protected static Response assertProblem(Response response, int status, String typeSlug) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().path("type").asString()).isEqualTo(URI.create(Problems.TYPE_BASE + typeSlug).toString());
        assertThat(response.json().path("status").asInt()).isEqualTo(status);
        return response;
    }

    /** A problem that names the offending field, as a client highlights it. */
    protected static Response assertProblem(Response response, int status, String typeSlug, String field) {
        assertProblem(response, status, typeSlug);
        assertThat(response.errorField()).as(response.body()).isEqualTo(field);
        return response;
    }

    /** Runs the call on {@code threads} threads released at the same moment, and returns every answer. */
    protected static <T> List<T> concurrently(int threads, Callable<T> call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            CyclicBarrier start = new CyclicBarrier(threads);
            List<Future<T>> futures = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                futures.add(pool.submit(() -> {
                    start.await(10, TimeUnit.SECONDS);
                    return call.call();
                }));
            }
            List<T> results = new ArrayList<>();
            for (Future<T> future : futures) {
                results.add(future.get(60, TimeUnit.SECONDS));
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }
}
