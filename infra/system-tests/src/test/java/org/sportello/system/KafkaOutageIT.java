package org.sportello.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.Random;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

/**
 * With Kafka down, intake keeps accepting contacts; once Kafka is back the relay catches up and
 * reporting counts every contact exactly once.
 */
class KafkaOutageIT {

    private static RunningSystem system;

    @BeforeAll
    static void start() {
        system = RunningSystem.start("kafka-outage", "corsico");
    }

    @AfterAll
    static void stop() {
        if (system != null) {
            system.close();
        }
    }

    @Test
    void contactsRecordedWhileKafkaIsDownReachTheReportExactlyOnce() {
        var intake = system.intakeAsOperator();
        Random random = new Random(7);
        Instant march = Instant.parse("2025-03-10T09:15:00Z");
        UUID[] citizens = new UUID[6];
        for (int i = 0; i < citizens.length; i++) {
            citizens[i] = Contacts.registerCitizen(intake, random);
        }
        // Some contacts before the outage, so the relay is mid-stream when Kafka goes away.
        for (UUID citizen : citizens) {
            assertThat(Contacts.record(intake, citizen, "corsico", march).status()).isEqualTo(201);
        }

        system.kafka.stop();
        for (UUID citizen : citizens) {
            assertThat(Contacts.record(intake, citizen, "corsico", march.plusSeconds(600)).status()).isEqualTo(201);
        }
        assertThat(Contacts.record(intake, null, "corsico", march.plusSeconds(900)).status()).isEqualTo(201);
        system.kafka.start();

        var reporting = system.reportingAsResearcher();
        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofSeconds(1))
                .untilAsserted(() -> assertThat(contacts(reporting.get(
                        "/api/reports/monthly-users?from=2025-03&to=2025-03&officeId=corsico").json())).isEqualTo("6/13"));
        // Exactly once: the count stays put while the relay's retried batches are redelivered.
        await().during(Duration.ofSeconds(5)).atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(contacts(reporting.get(
                        "/api/reports/monthly-users?from=2025-03&to=2025-03&officeId=corsico").json())).isEqualTo("6/13"));
    }

    private static String contacts(JsonNode report) {
        for (JsonNode row : report.get("rows")) {
            if (row.get("officeId").asString().equals("corsico")) {
                return row.get("citizens").asString() + "/" + row.get("contacts").asString();
            }
        }
        return "missing";
    }
}
