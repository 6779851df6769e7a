package org.sportello.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.sportello.testing.SportelloServiceTest;
import org.sportello.testing.openapi.DocumentedSchemas;
import org.sportello.testing.openapi.OpenApiLint;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import tools.jackson.databind.JsonNode;

/**
 * The document reporting serves at {@code /v3/api-docs}, checked with Spectral's OpenAPI and OWASP
 * rules: every parameter and every field of a report has a limit, and every operation documents
 * its error answers, without exception. The document and Spectral's report are left under {@code target/openapi/}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class OpenApiDocumentIT {

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        SportelloServiceTest.register(registry, "reporting");
        // A group of its own, so this context never takes partitions from another test's consumers.
        String group = "reporting.monthly-users.openapi-" + UUID.randomUUID();
        registry.add("sportello.reporting.monthly-users.group-id", () -> group);
        IntakeTopicProducer.createTopicIfMissing();
    }

    @LocalServerPort
    int port;

    @Test
    void statesEveryLimitAndEveryErrorAnswer() {
        HttpResponse<String> document = new ReportsApi(port).get("/v3/api-docs", null, "application/json");
        assertThat(document.statusCode()).as(document.body()).isEqualTo(200);

        OpenApiLint.requireNoFindings("reporting", document.body());
    }

    @Test
    void theProblemsItAnswersKeepTheDocumentedProblemSchema() {
        ReportsApi api = new ReportsApi(port);
        JsonNode document = ReportsApi.json(api.get("/v3/api-docs", null, "application/json"));

        List<HttpResponse<String>> problems = List.of(
                api.get("/api/reports/monthly-users?from=2025-01&to=2025-12", null, "application/json"),
                api.get("/api/reports/monthly-users?from=2025-13&to=2025-12", ReportsApi.RESEARCHER, "application/json"),
                api.get("/api/reports/monthly-users?from=2025-01", ReportsApi.RESEARCHER, "application/json"));

        assertThat(problems).extracting(HttpResponse::statusCode).containsExactly(401, 400, 400);
        for (HttpResponse<String> problem : problems) {
            assertThat(problem.headers().firstValue("Content-Type")).hasValueSatisfying(
                    type -> assertThat(type).startsWith("application/problem+json"));
            assertThat(DocumentedSchemas.violations(document, "ProblemDetail", ReportsApi.json(problem)))
                    .as(problem.body()).isEmpty();
        }
    }
}
