package org.sportello.platform.openapi;

import java.math.BigDecimal;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;

import org.springdoc.core.customizers.OpenApiCustomizer;

/**
 * Documents the error answers of every operation, as the platform gives them: RFC 9457 problems
 * ({@code application/problem+json}) from {@code ProblemDetailsAdvice}, {@code AxonProblemAdvice}
 * and the security handlers. An operation gets the answers it can actually give:
 * <ul>
 *   <li>every operation: 400 (a parameter or field is malformed), 500 (an unexpected failure);</li>
 *   <li>every operation that needs a token: 401 (none, or not valid) and 403 (its roles do not allow it);</li>
 *   <li>with a path parameter or a request body, which name records: 404 (nothing by that id);</li>
 *   <li>with a request body, which is a command: 409 (clashes with the current state, or a concurrent
 *       change), 413 (body too large) and 422 (a business rule forbids it).</li>
 * </ul>
 * An answer the controller already documents is kept; one without content gets the problem schema.
 */
class ProblemResponses implements OpenApiCustomizer {

    static final String PROBLEM_JSON = "application/problem+json";
    static final String PROBLEM_SCHEMA = "ProblemDetail";
    static final String FIELD_ERROR_SCHEMA = "ProblemFieldError";

    /** One error answer: its status, the component it is kept under, and what it means. */
    record Answer(String status, String component, String description) {
    }

    static final Answer INVALID_INPUT = new Answer("400", "InvalidInput",
            "A parameter or a field of the body is malformed, missing or not allowed; errors names each one.");
    static final Answer UNAUTHENTICATED = new Answer("401", "Unauthenticated",
            "No bearer token, or one that is not valid or has expired.");
    static final Answer FORBIDDEN = new Answer("403", "Forbidden", "The token's roles do not allow this operation.");
    static final Answer NOT_FOUND = new Answer("404", "NotFound",
            "Nothing exists with an id the path or the body gives.");
    static final Answer CONFLICT = new Answer("409", "Conflict",
            "The request clashes with the current state (a duplicate, a record already closed), or another request "
                    + "changed the same record at the same moment; nothing was recorded.");
    static final Answer CONTENT_TOO_LARGE = new Answer("413", "ContentTooLarge",
            "The request body is larger than the service accepts.");
    static final Answer RULE_VIOLATION = new Answer("422", "RuleViolation",
            "Well-formed, but a business rule forbids it; nothing was recorded.");
    static final Answer INTERNAL_ERROR = new Answer("500", "InternalError",
            "An unexpected failure; nothing was recorded, and the failure is logged.");

    static final List<Answer> ALL = List.of(INVALID_INPUT, UNAUTHENTICATED, FORBIDDEN, NOT_FOUND, CONFLICT,
            CONTENT_TOO_LARGE, RULE_VIOLATION, INTERNAL_ERROR);

    @Override
    public void customise(OpenAPI openApi) {
        Components components = openApi.getComponents() == null ? new Components() : openApi.getComponents();
        openApi.setComponents(components);
        components.addSchemas(PROBLEM_SCHEMA, problemSchema());
        components.addSchemas(FIELD_ERROR_SCHEMA, fieldErrorSchema());
        if (openApi.getPaths() == null) {
            return;
        }
        Set<Answer> used = new LinkedHashSet<>();
        openApi.getPaths().values().forEach(path -> path.readOperations().forEach(operation -> {
            for (Answer answer : answersOf(openApi, path, operation)) {
                document(operation, answer);
                used.add(answer);
            }
        }));
        // Only the answers some operation gives: an unused component would itself be a finding.
        for (Answer answer : ALL) {
            if (used.contains(answer)) {
                components.addResponses(answer.component(), new ApiResponse().description(answer.description())
                        .content(new Content().addMediaType(PROBLEM_JSON,
                                new MediaType().schema(Schemas.ref(PROBLEM_SCHEMA)))));
            }
        }
    }

    static List<Answer> answersOf(OpenAPI openApi, PathItem path, Operation operation) {
        boolean secured = secured(openApi, operation);
        boolean namesRecords = operation.getRequestBody() != null
                || Schemas.parameters(path, operation).anyMatch(parameter -> "path".equals(parameter.getIn()));
        boolean command = operation.getRequestBody() != null;
        return ALL.stream().filter(answer -> switch (answer.status()) {
            case "401", "403" -> secured;
            case "404" -> namesRecords;
            case "409", "413", "422" -> command;
            default -> true;
        }).toList();
    }

    private static void document(Operation operation, Answer answer) {
        ApiResponses responses = operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
        operation.setResponses(responses);
        ApiResponse existing = responses.get(answer.status());
        if (existing == null) {
            responses.addApiResponse(answer.status(), new ApiResponse().$ref("#/components/responses/" + answer.component()));
        } else if (existing.get$ref() == null && (existing.getContent() == null || existing.getContent().isEmpty())) {
            existing.content(new Content().addMediaType(PROBLEM_JSON, new MediaType().schema(Schemas.ref(PROBLEM_SCHEMA))));
        }
    }

    /** An operation needs a token unless its requirements (its own, or the document's) are none or include "none". */
    private static boolean secured(OpenAPI openApi, Operation operation) {
        List<SecurityRequirement> requirements = operation.getSecurity() != null ? operation.getSecurity() : openApi.getSecurity();
        return requirements != null && !requirements.isEmpty() && requirements.stream().noneMatch(Map::isEmpty);
    }

    static Schema<Object> problemSchema() {
        Schema<Object> schema = Schemas.of("object");
        schema.description("An RFC 9457 problem. type is stable and names the problem; errors, when present, names "
                        + "each offending field. A problem may carry further members, such as the id of the record "
                        + "a conflict is with.");
        schema.required(List.of("type", "title", "status"));
        schema.addProperty("type", Schemas.of("string").format("uri").maxLength(ProblemLimits.TYPE_LENGTH)
                .description("Names the problem: https://sportello.org/problems/<slug>, or about:blank for a bare HTTP status."));
        schema.addProperty("title", text(ProblemLimits.TITLE_LENGTH, "The problem's name, for people."));
        schema.addProperty("status", Schemas.of("integer").format("int32")
                .minimum(BigDecimal.valueOf(400)).maximum(BigDecimal.valueOf(599)).description("The HTTP status."));
        schema.addProperty("detail", text(ProblemLimits.DETAIL_LENGTH, "What went wrong in this request."));
        schema.addProperty("instance", Schemas.of("string").format("uri-reference").maxLength(ProblemLimits.INSTANCE_LENGTH)
                .description("The request's path; no longer than the request line the server accepts."));
        schema.addProperty("errors", Schemas.of("array").maxItems(ProblemLimits.ERRORS).items(Schemas.ref(FIELD_ERROR_SCHEMA))
                .description("Each offending field of the request and why it was refused."));
        return schema;
    }

    static Schema<Object> fieldErrorSchema() {
        Schema<Object> schema = Schemas.of("object");
        schema.description("One offending field of a request and why it was refused.");
        schema.required(List.of("field", "reason"));
        schema.addProperty("field", text(ProblemLimits.FIELD_LENGTH,
                "The field in the API's own naming: a parameter, a body field, a path such as needs[0].categories, or body."));
        schema.addProperty("reason", text(ProblemLimits.REASON_LENGTH, "Why the field was refused."));
        return schema;
    }

    private static Schema<Object> text(int maxLength, String description) {
        Schema<Object> text = Schemas.of("string");
        text.maxLength(maxLength).pattern(ProblemLimits.NO_CONTROL_CHARACTERS).description(description);
        return text;
    }
}
