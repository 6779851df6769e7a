package org.sportello.platform.openapi;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.parameters.RequestBody;
import io.swagger.v3.oas.models.responses.ApiResponse;

/** Walks every schema of a document and builds schemas that serialise right in OpenAPI 3.0 and 3.1. */
final class Schemas {

    private Schemas() {
    }

    /** A schema of one JSON type; 3.1 documents write {@code types}, 3.0 documents {@code type}. */
    static Schema<Object> of(String type) {
        Schema<Object> schema = new Schema<>();
        schema.type(type);
        schema.types(Set.of(type));
        return schema;
    }

    static Schema<Object> ref(String componentName) {
        return new Schema<>().$ref("#/components/schemas/" + componentName);
    }

    /** Whether {@code schema} is of the JSON type {@code type}, alone or among others (3.1's {@code [string, null]}). */
    static boolean isType(Schema<?> schema, String type) {
        return type.equals(schema.getType()) || (schema.getTypes() != null && schema.getTypes().contains(type));
    }

    /**
     * Every schema in the document, each once, nested ones included: component schemas, the
     * parameters, request bodies, responses and headers of every operation and of the components.
     */
    static void forEach(OpenAPI openApi, Consumer<Schema<?>> action) {
        Set<Schema<?>> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Consumer<Schema<?>> visit = schema -> walk(schema, action, seen);
        var components = openApi.getComponents();
        if (components != null) {
            values(components.getSchemas()).forEach(schema -> visit.accept(schema));
            values(components.getParameters()).forEach(parameter -> parameter(parameter, visit));
            values(components.getRequestBodies()).forEach(body -> requestBody(body, visit));
            values(components.getResponses()).forEach(response -> response(response, visit));
            values(components.getHeaders()).forEach(header -> header(header, visit));
        }
        operations(openApi).forEach(operation -> {
            list(operation.getParameters()).forEach(parameter -> parameter(parameter, visit));
            requestBody(operation.getRequestBody(), visit);
            if (operation.getResponses() != null) {
                operation.getResponses().values().forEach(response -> response(response, visit));
            }
        });
        if (openApi.getPaths() != null) {
            openApi.getPaths().values().forEach(path -> list(path.getParameters()).forEach(parameter -> parameter(parameter, visit)));
        }
    }

    /**
     * Every schema a client may send: those of each operation's parameters and request body,
     * nested ones included, and the component schemas they refer to, each once. A component a
     * request and an answer share is among them.
     */
    static void forEachInRequests(OpenAPI openApi, Consumer<Schema<?>> action) {
        Set<Schema<?>> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Map<String, Schema> components = openApi.getComponents() == null || openApi.getComponents().getSchemas() == null
                ? Map.of() : openApi.getComponents().getSchemas();
        Consumer<Schema<?>> visit = new Consumer<>() {
            @Override
            public void accept(Schema<?> root) {
                walk(root, schema -> {
                    action.accept(schema);
                    String ref = schema.get$ref();
                    if (ref != null && ref.startsWith(COMPONENT_SCHEMAS)) {
                        Schema<?> component = components.get(ref.substring(COMPONENT_SCHEMAS.length()));
                        if (component != null) {
                            accept(component);
                        }
                    }
                }, seen);
            }
        };
        if (openApi.getPaths() != null) {
            openApi.getPaths().values().forEach(path -> path.readOperations().forEach(operation -> {
                parameters(path, operation).forEach(parameter -> parameter(parameter, visit));
                requestBody(operation.getRequestBody(), visit);
            }));
        }
    }

    private static final String COMPONENT_SCHEMAS = "#/components/schemas/";

    /** Every operation of every path. */
    static Stream<Operation> operations(OpenAPI openApi) {
        if (openApi.getPaths() == null) {
            return Stream.empty();
        }
        return openApi.getPaths().values().stream()
                .flatMap(path -> path.readOperationsMap().values().stream());
    }

    /** The parameters of {@code operation} together with those its path declares for all its operations. */
    static Stream<Parameter> parameters(PathItem path, Operation operation) {
        return Stream.concat(list(path.getParameters()).stream(), list(operation.getParameters()).stream());
    }

    private static void walk(Schema<?> schema, Consumer<Schema<?>> action, Set<Schema<?>> seen) {
        if (schema == null || !seen.add(schema)) {
            return;
        }
        action.accept(schema);
        Consumer<Schema<?>> next = nested -> walk(nested, action, seen);
        values(schema.getProperties()).forEach(nested -> next.accept(nested));
        next.accept(schema.getItems());
        next.accept(schema.getNot());
        list(schema.getAllOf()).forEach(nested -> next.accept(nested));
        list(schema.getAnyOf()).forEach(nested -> next.accept(nested));
        list(schema.getOneOf()).forEach(nested -> next.accept(nested));
        list(schema.getPrefixItems()).forEach(nested -> next.accept(nested));
        if (schema.getAdditionalProperties() instanceof Schema<?> additional) {
            next.accept(additional);
        }
    }

    private static void parameter(Parameter parameter, Consumer<Schema<?>> visit) {
        if (parameter != null) {
            visit.accept(parameter.getSchema());
            content(parameter.getContent(), visit);
        }
    }

    private static void requestBody(RequestBody body, Consumer<Schema<?>> visit) {
        if (body != null) {
            content(body.getContent(), visit);
        }
    }

    private static void response(ApiResponse response, Consumer<Schema<?>> visit) {
        if (response != null) {
            content(response.getContent(), visit);
            values(response.getHeaders()).forEach(header -> header(header, visit));
        }
    }

    private static void header(Header header, Consumer<Schema<?>> visit) {
        if (header != null) {
            visit.accept(header.getSchema());
            content(header.getContent(), visit);
        }
    }

    private static void content(Content content, Consumer<Schema<?>> visit) {
        values(content).forEach(media -> visit.accept(media.getSchema()));
    }

    private static <T> List<T> values(Map<String, T> map) {
        return map == null ? List.of() : map.values().stream().filter(Objects::nonNull).toList();
    }

    private static <T> List<T> list(List<T> list) {
        return list == null ? List.of() : list;
    }
}
