package org.sportello.testing;

import java.util.List;
import java.util.concurrent.Callable;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The base of a service's integration tests: the service's whole Spring context on a random port,
 * on a database of its own in the test PostgreSQL and on the test Kafka. A service extends it once,
 * and its tests extend that, so they all share one context (and one database):
 * <pre>
 * &#64;SpringBootTest(classes = SchedulingApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT)
 * public abstract class RunningScheduling extends RunningService {
 *     &#64;DynamicPropertySource
 *     static void infrastructure(DynamicPropertyRegistry registry) {
 *         SportelloServiceTest.register(registry, "scheduling");
 *     }
 * }
 * </pre>
 * (The property source must be a static method of the test's own hierarchy, hence one line there.)
 * Sharing the database, each test works with data of its own: new ids, never "the first row".
 */
public abstract class RunningService {

    @LocalServerPort
    protected int port;

    @Autowired
    protected JdbcClient jdbc;

    /** The service's base URL, {@code http://127.0.0.1:<port>}. */
    protected String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    /** All events in the event store: a refused request must leave this unchanged. */
    protected long storedEvents() {
        return new StoredEvents(jdbc).count();
    }

    protected long storedEvents(Class<?> payloadType) {
        return new StoredEvents(jdbc).count(payloadType);
    }

    protected long storedEvents(Class<?> payloadType, Object aggregateId) {
        return new StoredEvents(jdbc).count(payloadType, aggregateId);
    }

    /** Runs the call on {@code threads} threads released at the same moment, and returns every answer. */
    protected static <T> List<T> concurrently(int threads, Callable<T> call) throws Exception {
        return Concurrently.run(threads, call);
    }
}
