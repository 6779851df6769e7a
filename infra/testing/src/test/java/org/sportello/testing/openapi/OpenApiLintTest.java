package org.sportello.testing.openapi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The check itself, with Spectral as the build installs it: it finds a missing limit and a
 * document that is not valid OpenAPI, lets a limited field pass, and compares with the known
 * findings both ways.
 */
class OpenApiLintTest {

    private static final String UNLIMITED_QUERY = document("""
            {"name": "q", "in": "query", "required": true, "schema": {"type": "string"}}""");
    private static final String LIMITED_QUERY = document("""
            {"name": "q", "in": "query", "required": true,
             "schema": {"type": "string", "maxLength": 20, "pattern": "^[a-z]+$"}}""");

    @Test
    void aStringParameterWithoutLimitsIsFound() {
        OpenApiLint.Result lint = OpenApiLint.check("unlimited-query", UNLIMITED_QUERY);

        assertThat(lint.asserted()).extracting(SpectralFinding::rule, SpectralFinding::location)
                .contains(tuple("owasp:api4:2023-string-limit", "paths./api/things.get.parameters.0.schema"),
                        tuple("owasp:api4:2023-string-restricted", "paths./api/things.get.parameters.0.schema"));
        assertThat(lint.against(KnownFindings.none())).isNotEmpty();
    }

    @Test
    void aLimitedStringParameterPasses() {
        OpenApiLint.Result lint = OpenApiLint.check("limited-query", LIMITED_QUERY);

        assertThat(lint.asserted()).isEmpty();
        // Rules outside the limit and error-answer families are still reported, only not asserted.
        assertThat(lint.others()).extracting(SpectralFinding::rule).contains("owasp:api4:2023-rate-limit");
    }

    @Test
    void aDocumentThatIsNotValidOpenApiIsFound() {
        OpenApiLint.Result lint = OpenApiLint.check("invalid", document("""
                {"name": "q", "in": "nowhere", "schema": {"type": "string", "maxLength": 20, "pattern": "^[a-z]+$"}}"""));

        assertThat(lint.asserted()).extracting(SpectralFinding::rule).contains("oas3-schema");
    }

    @Test
    void aKnownFindingPassesAndAKnownFindingNoLongerFoundFails() {
        List<String> unlimited = OpenApiLint.check("unlimited-query-known", UNLIMITED_QUERY)
                .against(KnownFindings.fromResource("/openapi/unlimited-query-known-findings.txt"));
        List<String> limited = OpenApiLint.check("limited-query-known", LIMITED_QUERY)
                .against(KnownFindings.fromResource("/openapi/unlimited-query-known-findings.txt"));

        assertThat(unlimited).isEmpty();
        assertThat(limited).hasSize(2).allMatch(failure -> failure.startsWith("fixed, so remove it"));
    }

    /** A document complete but for the one parameter, so only that parameter's findings are in question. */
    private static String document(String parameter) {
        return """
                {"openapi": "3.1.0",
                 "info": {"title": "Things", "version": "v1", "description": "Things", "contact": {"name": "Sportello"}},
                 "servers": [{"url": "https://things.example.org", "description": "production", "x-internal": false}],
                 "tags": [{"name": "things", "description": "Things"}],
                 "components": {"securitySchemes": {"bearer": {"type": "http", "scheme": "bearer", "bearerFormat": "JWT"}},
                   "schemas": {"Problem": {"type": "object", "properties": {"title": {"type": "string", "maxLength": 100, "pattern": "^.*$"}}}}},
                 "security": [{"bearer": []}],
                 "paths": {"/api/things": {"get": {"operationId": "things", "description": "Lists things", "tags": ["things"],
                   "parameters": [%s],
                   "responses": {
                     "200": {"description": "OK", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Problem"}}}},
                     "400": {"description": "Invalid", "content": {"application/problem+json": {"schema": {"$ref": "#/components/schemas/Problem"}}}},
                     "401": {"description": "Unauthenticated", "content": {"application/problem+json": {"schema": {"$ref": "#/components/schemas/Problem"}}}},
                     "500": {"description": "Failed", "content": {"application/problem+json": {"schema": {"$ref": "#/components/schemas/Problem"}}}}}}}}}
                """.formatted(parameter);
    }
}
