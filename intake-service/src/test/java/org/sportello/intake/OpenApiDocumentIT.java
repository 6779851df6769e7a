package org.sportello.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.sportello.intake.IntakeApi.Response;
import org.sportello.testing.openapi.DocumentedSchemas;
import org.sportello.testing.openapi.OpenApiLint;

import tools.jackson.databind.JsonNode;

/**
 * The document intake serves at {@code /v3/api-docs}, checked with Spectral's OpenAPI and OWASP
 * rules: every string, array and integer a client sends or receives has a limit, and every
 * operation documents its error answers, but for the findings {@code openapi/known-findings.txt}
 * lists with the reason. The document and Spectral's report are left under {@code target/openapi/}.
 */
class OpenApiDocumentIT extends RunningIntake {

    @Test
    void statesEveryLimitAndEveryErrorAnswer() {
        Response document = api.get("/v3/api-docs", null);
        assertThat(document.status()).as(document.body()).isEqualTo(200);

        OpenApiLint.requireNoFindings("intake", document.body());
    }

    @Test
    void theProblemsItAnswersKeepTheDocumentedProblemSchema() {
        JsonNode document = api.get("/v3/api-docs", null).json();

        List<Response> problems = List.of(
                api.get("/api/cases/" + UUID.randomUUID(), null),
                api.get("/api/cases/" + UUID.randomUUID(), IntakeApi.RESEARCHER),
                api.get("/api/cases/" + UUID.randomUUID()),
                api.get("/api/cases/not-a-uuid"),
                api.postJson("/api/contacts", "{\"officeId\": \"\", \"channel\": \"WALK_IN\"}", IntakeApi.OPERATOR));

        assertThat(problems).extracting(Response::status).containsExactly(401, 403, 404, 400, 400);
        for (Response problem : problems) {
            assertThat(problem.contentType()).startsWith("application/problem+json");
            assertThat(DocumentedSchemas.violations(document, "ProblemDetail", problem.json())).as(problem.body()).isEmpty();
        }
    }
}
