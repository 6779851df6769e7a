package org.sportello.reporting.monthlyusers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.Year;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sportello.reporting.IntakeTopicProducer;
import org.sportello.reporting.ReportsApi;
import org.sportello.reporting.TestMonths;
import org.sportello.testing.SportelloServiceTest;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import tools.jackson.databind.JsonNode;

/**
 * Nothing bounds the number of offices, so nothing but the controller bounds a report's rows: a
 * request whose report would have more than the bound is refused, naming the range, and the
 * document's maxItems stays true. The bound is lowered to 2 here, as a deployment may lower it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "sportello.reporting.monthly-users.max-rows=2")
class MonthlyUsersRowLimitIT {

    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final String JSON = "application/json";
    private static IntakeTopicProducer intake;

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        SportelloServiceTest.register(registry, "reporting");
        String group = "reporting.monthly-users.row-limit-" + UUID.randomUUID();
        registry.add("sportello.reporting.monthly-users.group-id", () -> group);
        IntakeTopicProducer.createTopicIfMissing();
    }

    @LocalServerPort
    int port;

    @BeforeAll
    static void connect() {
        intake = new IntakeTopicProducer();
    }

    @AfterAll
    static void disconnect() {
        intake.close();
    }

    @Test
    void aReportOfMoreRowsThanOneAnswerCarriesIsRefusedNamingTheRangeAndOneOfficeStillFits() {
        ReportsApi api = new ReportsApi(port);
        Year year = TestMonths.unusedYear();
        String office = "it-" + Integer.toHexString(ThreadLocalRandom.current().nextInt(0x1000000, 0x7fffffff));
        Instant march = Instant.parse(year + "-03-12T09:40:00Z");
        intake.send(Contacts.of(UUID.randomUUID(), office + "-centro", march));
        intake.send(Contacts.of(UUID.randomUUID(), office + "-nord", march));
        String range = "/api/reports/monthly-users?from=" + year + "-01&to=" + year + "-12";
        // Both counted: each office's report has its one row.
        for (String counted : new String[] {office + "-centro", office + "-nord"}) {
            await().atMost(PATIENCE).until(() -> rows(api.get(range + "&officeId=" + counted, ReportsApi.RESEARCHER, JSON)) == 1);
        }

        HttpResponse<String> everyOffice = api.get(range, ReportsApi.RESEARCHER, JSON);

        // Two offices and "all": three rows, one more than the bound.
        assertThat(everyOffice.statusCode()).as(everyOffice.body()).isEqualTo(400);
        JsonNode problem = ReportsApi.json(everyOffice);
        assertThat(problem.get("type").asString()).isEqualTo("https://sportello.org/problems/report-too-large");
        assertThat(problem.get("errors").get(0).get("field").asString()).isEqualTo("to");
        assertThat(problem.get("errors").get(0).get("reason").asString()).contains("3 rows", "2");
        assertThat(rows(api.get(range + "&officeId=all", ReportsApi.RESEARCHER, JSON))).isEqualTo(1);
    }

    private static int rows(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return ReportsApi.json(response).get("rows").size();
    }
}
