package org.sportello.referral;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.sportello.referral.ReferralApi.Response;
import org.sportello.testing.openapi.DocumentedSchemas;
import org.sportello.testing.openapi.OpenApiLint;

import tools.jackson.databind.JsonNode;

/**
 * The document referral serves at {@code /v3/api-docs}, checked with Spectral's OpenAPI and OWASP
 * rules: every value a client sends or receives has a limit, and every operation documents its error
 * answers. The document and Spectral's report are left under {@code target/openapi/}.
 */
class OpenApiDocumentIT extends RunningReferral {

    @Test
    void statesEveryLimitAndEveryErrorAnswer() {
        Response document = new ReferralApi(port).get("/v3/api-docs", null);
        assertThat(document.status()).as(document.body()).isEqualTo(200);

        OpenApiLint.requireNoFindings("referral", document.body());
    }

    @Test
    void theProblemsItAnswersKeepTheDocumentedProblemSchema() {
        ReferralApi api = new ReferralApi(port);
        JsonNode document = api.get("/v3/api-docs", null).json();

        List<Response> problems = List.of(
                api.post("/api/providers", Map.of(), null),
                api.post("/api/providers", Map.of(), ReferralApi.RESEARCHER),
                api.get("/api/providers/nobody-at-all", ReferralApi.ADMIN),
                api.post("/api/providers", Map.of("providerId", "Not A Slug"), ReferralApi.ADMIN),
                api.post("/api/providers", ReferralApi.provider("unpublished-district", "nowhere", "OTHER"), ReferralApi.ADMIN),
                api.get("/api/offices/some-office/incoming-desk-referrals", ReferralApi.operatorAt("another-office")));

        assertThat(problems).extracting(Response::status).containsExactly(401, 403, 404, 400, 422, 403);
        for (Response problem : problems) {
            assertThat(problem.contentType()).startsWith("application/problem+json");
            assertThat(DocumentedSchemas.violations(document, "ProblemDetail", problem.json())).as(problem.body()).isEmpty();
        }
    }
}
