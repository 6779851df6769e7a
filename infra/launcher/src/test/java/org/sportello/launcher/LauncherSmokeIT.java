package org.sportello.launcher;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.sportello.client.SportelloApi;
import org.sportello.client.SportelloRequests;
import org.sportello.local.LocalPostgres;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The README's promise, end to end: the launcher starts everything, a front desk records contacts
 * with the token it printed, a researcher sees them in the monthly report, SIGTERM stops everything
 * with nothing left running, and a second start carries on with the same data and master key.
 */
class LauncherSmokeIT {

    private static final String OFFICE = "monza-san-rocco";
    private static final ZoneId ROME = ZoneId.of("Europe/Rome");

    private final List<LauncherProcess> started = new ArrayList<>();
    private final String databasePrefix = "it_smoke_" + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36);
    private Path dataDir;
    private String postgresLine;

    @Test
    void runsTheStackAndASecondStartPicksUpWhereTheFirstStopped() throws IOException {
        dataDir = LauncherProcess.newDataDirectory("smoke");
        int offset = LauncherProcess.freePortOffset();
        Random random = new Random(20261123);

        LauncherProcess first = start(offset);
        postgresLine = first.awaitLine("PostgreSQL:", Duration.ZERO);
        Instant occurredAt = Instant.now().minusSeconds(60);
        YearMonth month = YearMonth.from(LocalDate.ofInstant(occurredAt, ROME));
        recordContactsOfNewCitizens(first, offset, 5, random, occurredAt);
        awaitCitizensInReport(first, offset, month, 5);
        String masterKey = keptMasterKey();
        assertThat(first.output()).as("the launcher prints no secret").doesNotContain(masterKey);
        stopAndCheckNothingIsLeft(first, offset);

        LauncherProcess second = start(offset);
        assertThat(second.output()).doesNotContain("creating the embedded PostgreSQL cluster");
        assertThat(keptMasterKey()).as("the key the first run's personal data was written with").isEqualTo(masterKey);
        recordContactsOfNewCitizens(second, offset, 5, random, occurredAt);
        // The first five are still counted (PostgreSQL and Kafka kept them), and the new ones arrive
        // (the relay resumed from its token).
        awaitCitizensInReport(second, offset, month, 10);
        stopAndCheckNothingIsLeft(second, offset);
    }

    private LauncherProcess start(int offset) {
        LauncherProcess launcher = LauncherProcess.start("smoke-" + started.size(), dataDir, offset,
                "--database-prefix", databasePrefix);
        started.add(launcher);
        launcher.awaitLine(StackPrinter.READY_LINE, LauncherProcess.START_TIMEOUT);
        for (int port : List.of(8081, 8082, 8084)) {
            JsonNode health = new SportelloApi(url(offset, port), null).get("/actuator/health").json();
            assertThat(health.get("status").asString()).as("health of the service on " + (port + offset)).isEqualTo("UP");
        }
        assertThat(launcher.output()).contains("intake-service", "scheduling-service", "reporting-service", "/v3/api-docs");
        createOffice(launcher, offset);
        return launcher;
    }

    /**
     * Intake accepts only offices scheduling has published: the README's first steps create one with the
     * ADMIN token (409 on the second start: it is kept), and intake learns it from Kafka a moment later.
     */
    private static void createOffice(LauncherProcess launcher, int offset) {
        SportelloApi scheduling = new SportelloApi(url(offset, 8082), launcher.token("ADMIN"));
        for (var created : List.of(
                scheduling.post("/api/districts", java.util.Map.of("districtId", "ambito-monza", "name", "Ambito di Monza")),
                scheduling.post("/api/municipalities", java.util.Map.of("municipalityId", "monza", "name", "Monza",
                        "districtId", "ambito-monza")),
                scheduling.post("/api/offices", java.util.Map.of("officeId", OFFICE, "municipalityId", "monza",
                        "name", "Monza, presidio San Rocco", "address", "Quartiere San Rocco, Monza", "kind", "SECRETARIAT")))) {
            assertThat(created.status()).as(created.raw()).isIn(201, 409);
        }
    }

    private static void recordContactsOfNewCitizens(LauncherProcess launcher, int offset, int count, Random random,
                                                    Instant occurredAt) {
        SportelloApi intake = new SportelloApi(url(offset, 8081), launcher.token("OPERATOR"));
        for (int i = 0; i < count; i++) {
            var registered = intake.post("/api/citizens", SportelloRequests.citizen(random));
            assertThat(registered.status()).as(registered.raw()).isEqualTo(201);
            var contact = SportelloRequests.walkInContact(SportelloRequests.citizenId(registered), OFFICE, occurredAt);
            // 422 naming officeId until intake has read the office's creation from sportello.scheduling.events.
            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
                var recorded = intake.post("/api/contacts", contact);
                assertThat(recorded.status()).as(recorded.raw()).isEqualTo(201);
            });
        }
    }

    private static void awaitCitizensInReport(LauncherProcess launcher, int offset, YearMonth month, int citizens) {
        SportelloApi reporting = new SportelloApi(url(offset, 8084), launcher.token("RESEARCHER"));
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
            var answer = reporting.get("/api/reports/monthly-users?from=" + month + "&to=" + month + "&officeId=" + OFFICE);
            assertThat(answer.status()).as(answer.raw()).isEqualTo(200);
            JsonNode row = rowOf(answer.json(), month, OFFICE);
            assertThat(row).as(answer.raw()).isNotNull();
            assertThat(row.get("citizens").isNull() ? null : row.get("citizens").asInt()).as(answer.raw()).isEqualTo(citizens);
        });
    }

    private static void stopAndCheckNothingIsLeft(LauncherProcess launcher, int offset) {
        List<ProcessHandle> children = launcher.descendants();
        int exitCode = launcher.stop();

        // 143: the JVM's exit code after SIGTERM, once its shutdown hook has finished.
        assertThat(exitCode).as(launcher.output()).isEqualTo(143);
        assertThat(launcher.output()).contains("Sportello stopped");
        LauncherProcess.assertNothingLeft(children, 9092 + offset, 8081 + offset, 8082 + offset, 8084 + offset);
    }

    private String keptMasterKey() throws IOException {
        Path file = dataDir.resolve("master-key");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).as(file.toString())
                .isEqualTo("rw-------");
        String key = Files.readString(file).strip();
        assertThat(Base64.getDecoder().decode(key)).as("%s holds base64 of 32 bytes", file).hasSize(32);
        return key;
    }

    static JsonNode rowOf(JsonNode report, YearMonth month, String officeId) {
        for (JsonNode row : report.get("rows")) {
            if (row.get("month").asString().equals(month.toString()) && row.get("officeId").asString().equals(officeId)) {
                return row;
            }
        }
        return null;
    }

    static String url(int offset, int port) {
        return "http://127.0.0.1:" + (port + offset);
    }

    @AfterEach
    void cleanUp() throws IOException {
        started.forEach(LauncherProcess::kill);
        // On a shared PostgreSQL (CI's on 5432) the test's databases would otherwise pile up.
        if (postgresLine != null && postgresLine.contains("127.0.0.1:5432")) {
            String password = System.getenv().getOrDefault("PGPASSWORD", "postgres");
            for (String service : List.of("intake", "reporting")) {
                LocalPostgres.dropDatabase("jdbc:postgresql://127.0.0.1:5432/postgres", "postgres", password,
                        databasePrefix + "_" + service);
            }
        }
        if (dataDir != null) {
            DataDirectoryCleaner.delete(dataDir);
        }
    }
}
