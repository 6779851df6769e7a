package org.sportello.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sportello.client.SportelloApi;

import tools.jackson.databind.JsonNode;

/**
 * Reporting killed with {@code kill -9} while contacts keep coming resumes as soon as it is up
 * again, not after Kafka's default 45-second session timeout has let its dead consumer go; and it
 * counts every contact of the load exactly once.
 */
class ReportingRestartIT {

    private static final String MONTH = "2025-04";
    private static final Instant APRIL = Instant.parse("2025-04-07T09:00:00Z");
    private static RunningSystem system;

    @BeforeAll
    static void start() {
        system = RunningSystem.start("reporting-restart", "load-office", "after-restart");
    }

    @AfterAll
    static void stop() {
        if (system != null) {
            system.close();
        }
    }

    @Test
    void reportingKilledUnderLoadCountsAContactRecordedAfterItsRestartWithinTenSeconds() throws InterruptedException {
        SportelloApi intake = system.intakeAsOperator();
        SportelloApi reporting = system.reportingAsResearcher();
        Random random = new Random(11);
        List<UUID> citizens = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            citizens.add(Contacts.registerCitizen(intake, random));
        }
        AtomicInteger recorded = new AtomicInteger();
        List<String> refused = new CopyOnWriteArrayList<>();
        // About twenty contacts a second: a busy municipality, and a backlog reporting clears in a moment.
        ScheduledExecutorService load = Executors.newSingleThreadScheduledExecutor();
        load.scheduleAtFixedRate(() -> {
            int i = recorded.get();
            try {
                var answer = Contacts.record(intake, citizens.get(i % citizens.size()), "load-office",
                        APRIL.plusSeconds(i));
                if (answer.status() == 201) {
                    recorded.incrementAndGet();
                } else {
                    refused.add(answer.status() + " " + answer.raw());
                }
            } catch (RuntimeException e) {
                // A task that throws is never run again: keep the failure for the assertion instead.
                refused.add(e.toString());
            }
        }, 0, 50, TimeUnit.MILLISECONDS);
        try {
            // Reporting is mid-stream when it dies.
            await().atMost(Duration.ofSeconds(60)).until(() -> contacts(reporting, "load-office") >= 5);

            system.killAndRestartReporting();
            Instant ready = Instant.now();
            var answer = Contacts.record(intake, citizens.get(0), "after-restart", APRIL);
            assertThat(answer.status()).as(answer.raw()).isEqualTo(201);

            await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(200))
                    .until(() -> row(reporting, "after-restart") != null);
            assertThat(Duration.between(ready, Instant.now())).isLessThanOrEqualTo(Duration.ofSeconds(10));
        } finally {
            load.shutdown();
            assertThat(load.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(refused).as("contacts intake refused during the load").isEmpty();
        // Batches in flight at the kill are redelivered and recognised: nothing counts twice.
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1))
                .untilAsserted(() -> assertThat(contacts(reporting, "load-office")).isEqualTo(recorded.get()));
        await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(contacts(reporting, "load-office")).isEqualTo(recorded.get()));
    }

    /** The contacts counted at {@code officeId} in April, 0 while the row is missing or withheld. */
    private static long contacts(SportelloApi reporting, String officeId) {
        JsonNode row = row(reporting, officeId);
        return row == null || row.get("contacts").isNull() ? 0 : row.get("contacts").asLong();
    }

    private static JsonNode row(SportelloApi reporting, String officeId) {
        JsonNode report = reporting.get("/api/reports/monthly-users?from=" + MONTH + "&to=" + MONTH
                + "&officeId=" + officeId).json();
        for (JsonNode row : report.get("rows")) {
            if (row.get("officeId").asString().equals(officeId)) {
                return row;
            }
        }
        return null;
    }
}
