package org.sportello.platform.operations;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/**
 * UP when the Kafka cluster answers within a short timeout; Spring Boot has no Kafka health check
 * of its own. {@code /actuator/health} is open and probed often (load balancers, orchestrators,
 * anyone): so one shared {@link Admin} client asks, and its answer is reused for {@link #FRESH_FOR}.
 * While one caller asks the cluster the others wait for that answer instead of asking again, so
 * 200 concurrent probes cost one cluster call, not 200 new clients.
 */
public class KafkaHealthIndicator implements HealthIndicator {

    static final Duration TIMEOUT = Duration.ofSeconds(2);
    static final Duration FRESH_FOR = Duration.ofSeconds(1);

    private final Admin admin;
    private final Clock clock;
    private final ReentrantLock asking = new ReentrantLock();
    private final AtomicLong clusterCalls = new AtomicLong();
    private volatile Health last;
    private volatile Instant askedAt = Instant.MIN;

    public KafkaHealthIndicator(Admin admin) {
        this(admin, Clock.systemUTC());
    }

    KafkaHealthIndicator(Admin admin, Clock clock) {
        this.admin = admin;
        this.clock = clock;
    }

    @Override
    public Health health() {
        Health fresh = freshAnswer();
        if (fresh != null) {
            return fresh;
        }
        asking.lock();
        try {
            // Someone else may have asked while this caller waited for the lock.
            fresh = freshAnswer();
            if (fresh != null) {
                return fresh;
            }
            Health answer = ask();
            last = answer;
            askedAt = clock.instant();
            return answer;
        } finally {
            asking.unlock();
        }
    }

    /** How often the cluster has been asked since start: what the health endpoint costs Kafka. */
    public long clusterCalls() {
        return clusterCalls.get();
    }

    private Health freshAnswer() {
        Health answer = last;
        return answer != null && clock.instant().isBefore(askedAt.plus(FRESH_FOR)) ? answer : null;
    }

    private Health ask() {
        clusterCalls.incrementAndGet();
        try {
            int nodes = admin.describeCluster(new DescribeClusterOptions().timeoutMs((int) TIMEOUT.toMillis()))
                    .nodes().get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS).size();
            return Health.up().withDetail("nodes", nodes).build();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Health.down(e).build();
        } catch (Exception e) {
            return Health.down(e).build();
        }
    }
}
