package org.sportello.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

/** Contacts recorded at intake over HTTP show up in reporting's monthly users, over HTTP. */
class ContactsReachTheReportIT {

    private static RunningSystem system;

    @BeforeAll
    static void start() {
        system = RunningSystem.start("reach-the-report", "monza-san-rocco", "monza-san-biagio");
    }

    @AfterAll
    static void stop() {
        if (system != null) {
            system.close();
        }
    }

    @Test
    void monthlyUsersCountDistinctCitizensContactsAndAnonymousContacts() {
        var intake = system.intakeAsOperator();
        Random random = new Random(42);
        List<UUID> citizens = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            citizens.add(Contacts.registerCitizen(intake, random));
        }
        // 23:30 UTC on 31 January is 00:30 on 1 February in Rome: these count in February.
        Instant lateJanuaryUtc = Instant.parse("2025-01-31T23:30:00Z");
        for (UUID citizen : citizens) {
            assertThat(Contacts.record(intake, citizen, "monza-san-rocco", lateJanuaryUtc).status()).isEqualTo(201);
        }
        // One of them comes back, and five also visit a second office.
        assertThat(Contacts.record(intake, citizens.get(0), "monza-san-rocco", lateJanuaryUtc.plusSeconds(3600)).status())
                .isEqualTo(201);
        for (UUID citizen : citizens.subList(0, 5)) {
            assertThat(Contacts.record(intake, citizen, "monza-san-biagio", lateJanuaryUtc.plusSeconds(7200)).status())
                    .isEqualTo(201);
        }
        for (int i = 0; i < 2; i++) {
            assertThat(Contacts.record(intake, null, "monza-san-rocco", lateJanuaryUtc).status()).isEqualTo(201);
        }

        var reporting = system.reportingAsResearcher();
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            JsonNode rows = reporting.get("/api/reports/monthly-users?from=2025-01&to=2025-02").json().get("rows");
            assertThat(row(rows, "2025-02", "monza-san-rocco")).isEqualTo("6/9/null");
            assertThat(row(rows, "2025-02", "monza-san-biagio")).isEqualTo("5/5/0");
            assertThat(row(rows, "2025-02", "all")).isEqualTo("6/14/null");
        });
        JsonNode report = reporting.get("/api/reports/monthly-users?from=2025-01&to=2025-02").json();
        assertThat(report.get("threshold").asInt()).isEqualTo(5);
        assertThat(report.get("rows").findValuesAsString("month")).doesNotContain("2025-01");
    }

    /** citizens/contacts/anonymousContacts of one row, withheld counts as "null". */
    private static String row(JsonNode rows, String month, String officeId) {
        for (JsonNode row : rows) {
            if (row.get("month").asString().equals(month) && row.get("officeId").asString().equals(officeId)) {
                return count(row, "citizens") + "/" + count(row, "contacts") + "/" + count(row, "anonymousContacts");
            }
        }
        return "missing";
    }

    private static String count(JsonNode row, String name) {
        return row.get(name).isNull() ? "null" : row.get(name).asString();
    }
}
