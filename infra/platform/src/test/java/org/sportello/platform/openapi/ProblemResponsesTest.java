package org.sportello.platform.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.Paths;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.parameters.RequestBody;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import org.junit.jupiter.api.Test;

class ProblemResponsesTest {

    private final ProblemResponses problems = new ProblemResponses();

    @Test
    void aCommandOnARecordDocumentsEveryErrorAnswerAsAProblem() {
        Operation close = command().parameters(List.of(pathParameter()));
        OpenAPI document = secured(close);

        problems.customise(document);

        assertThat(close.getResponses()).containsOnlyKeys("200", "400", "401", "403", "404", "409", "413", "422", "500");
        assertThat(close.getResponses().get("409").get$ref()).isEqualTo("#/components/responses/Conflict");
        ApiResponse conflict = document.getComponents().getResponses().get("Conflict");
        assertThat(conflict.getContent()).containsOnlyKeys("application/problem+json");
        assertThat(conflict.getContent().get("application/problem+json").getSchema().get$ref())
                .isEqualTo("#/components/schemas/ProblemDetail");
    }

    @Test
    void aQueryWithoutPathParametersOrBodyCannotConflictOrFindNothing() {
        Operation report = new Operation().parameters(List.of(new Parameter().name("from").in("query")))
                .responses(new ApiResponses().addApiResponse("200", new ApiResponse().description("OK")));
        OpenAPI document = secured(report);

        problems.customise(document);

        assertThat(report.getResponses()).containsOnlyKeys("200", "400", "401", "403", "500");
        assertThat(document.getComponents().getResponses()).doesNotContainKeys("Conflict", "NotFound", "ContentTooLarge");
    }

    @Test
    void anOperationOpenToEveryoneHasNoAuthenticationAnswers() {
        Operation open = new Operation().security(List.of(new SecurityRequirement()))
                .parameters(List.of(new Parameter().name("q").in("query")));
        OpenAPI document = secured(open);

        problems.customise(document);

        assertThat(open.getResponses()).doesNotContainKeys("401", "403");
    }

    @Test
    void anAnswerTheControllerDocumentsIsKeptAndGetsTheProblemSchemaIfItHasNoContent() {
        ApiResponse ownConflict = new ApiResponse().description("The citizen is already registered");
        Operation register = command();
        register.getResponses().addApiResponse("409", ownConflict);
        OpenAPI document = secured(register);

        problems.customise(document);

        assertThat(register.getResponses().get("409")).isSameAs(ownConflict);
        assertThat(ownConflict.getDescription()).isEqualTo("The citizen is already registered");
        assertThat(ownConflict.getContent()).containsOnlyKeys("application/problem+json");
    }

    @Test
    void theProblemSchemaLimitsEveryStringArrayAndInteger() {
        OpenAPI document = secured(command());

        problems.customise(document);

        Map<String, Schema> schemas = document.getComponents().getSchemas();
        for (String name : List.of(ProblemResponses.PROBLEM_SCHEMA, ProblemResponses.FIELD_ERROR_SCHEMA)) {
            Map<String, Schema> properties = schemas.get(name).getProperties();
            assertThat(properties).isNotEmpty();
            properties.forEach((field, schema) -> {
                if (Schemas.isType(schema, "string")) {
                    assertThat(schema.getMaxLength()).as(name + "." + field).isNotNull();
                    assertThat(schema.getFormat() != null || schema.getPattern() != null).as(name + "." + field).isTrue();
                } else if (Schemas.isType(schema, "array")) {
                    assertThat(schema.getMaxItems()).as(name + "." + field).isNotNull();
                } else if (Schemas.isType(schema, "integer")) {
                    assertThat(schema.getMinimum()).as(name + "." + field).isNotNull();
                    assertThat(schema.getMaximum()).as(name + "." + field).isNotNull();
                    assertThat(schema.getFormat()).as(name + "." + field).isNotNull();
                }
            });
        }
    }

    @Test
    void theNoControlCharactersPatternRefusesALineBreak() {
        assertThat("name: must not be blank").matches(Pattern.compile(ProblemLimits.NO_CONTROL_CHARACTERS));
        assertThat("forged\nlog line").doesNotMatch(Pattern.compile(ProblemLimits.NO_CONTROL_CHARACTERS));
    }

    private static Operation command() {
        return new Operation()
                .requestBody(new RequestBody().content(new Content().addMediaType("application/json", new MediaType())))
                .responses(new ApiResponses().addApiResponse("200", new ApiResponse().description("OK")));
    }

    private static Parameter pathParameter() {
        return new Parameter().name("caseId").in("path");
    }

    private static OpenAPI secured(Operation operation) {
        return new OpenAPI()
                .addSecurityItem(new SecurityRequirement().addList("bearer-jwt"))
                .paths(new Paths().addPathItem("/api/things", new PathItem().post(operation)));
    }
}
