package org.sportello.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.sportello.scheduling.RegistryApi.Response;
import org.sportello.testing.openapi.DocumentedSchemas;
import org.sportello.testing.openapi.OpenApiLint;

import tools.jackson.databind.JsonNode;

/**
 * The document scheduling serves at {@code /v3/api-docs}, checked with Spectral's OpenAPI and OWASP
 * rules: every value a client sends or receives has a limit, and every operation documents its error
 * answers. The document and Spectral's report are left under {@code target/openapi/}.
 */
class OpenApiDocumentIT extends RunningScheduling {

    @Test
    void statesEveryLimitAndEveryErrorAnswer() {
        Response document = new RegistryApi(port).get("/v3/api-docs");
        assertThat(document.status()).as(document.body()).isEqualTo(200);

        OpenApiLint.requireNoFindings("scheduling", document.body());
    }

    @Test
    void theProblemsItAnswersKeepTheDocumentedProblemSchema() {
        RegistryApi api = new RegistryApi(port);
        JsonNode document = api.get("/v3/api-docs").json();

        List<Response> problems = List.of(
                api.send("POST", "/api/offices", "{}", null),
                api.send("POST", "/api/offices", "{}", RegistryApi.OPERATOR),
                api.get("/api/offices/nowhere-at-all"),
                api.get("/api/offices/nowhere-at-all/open-hours?from=2025-03-01&to=2024-03-01"),
                api.post("/api/offices", java.util.Map.of("officeId", "Not A Slug")));

        assertThat(problems).extracting(Response::status).containsExactly(401, 403, 404, 400, 400);
        for (Response problem : problems) {
            assertThat(problem.contentType()).startsWith("application/problem+json");
            assertThat(DocumentedSchemas.violations(document, "ProblemDetail", problem.json())).as(problem.body()).isEmpty();
        }
    }
}
