package org.sportello.platform.openapi;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.function.Supplier;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;

import org.springdoc.core.customizers.OpenApiCustomizer;

/**
 * The limits of the platform's administration endpoints that hold by construction, stated where
 * the document is finished because their records carry no annotations:
 * <ul>
 *   <li>read models ({@code ReadModelController}): a name is one of the service's read models
 *       (any other is a 404), the list names each once, and {@code eventsReplayed} is a count;</li>
 *   <li>dead letters ({@code DeadLetters.Retried}): {@code processed} and {@code remaining} are counts.</li>
 * </ul>
 * What does not hold by construction is left for those endpoints' own code: dead-letter entries
 * quote Axon's strings, and their list is not bounded.
 */
class AdminLimits implements OpenApiCustomizer {

    static final String READ_MODELS = "/api/admin/read-models";
    static final String REBUILD = READ_MODELS + "/{name}/rebuild";

    private final Supplier<List<String>> readModelNames;

    AdminLimits(Supplier<List<String>> readModelNames) {
        this.readModelNames = readModelNames;
    }

    @Override
    public void customise(OpenAPI openApi) {
        List<String> names = new ArrayList<>(new TreeSet<>(readModelNames.get()));
        if (!names.isEmpty() && openApi.getPaths() != null) {
            readModelNames(openApi, names);
        }
        Schema<?> rebuild = component(openApi, "Rebuild");
        if (rebuild != null && rebuild.getProperties() != null) {
            if (!names.isEmpty()) {
                name(rebuild.getProperties().get("readModel"), names);
            }
            count(rebuild.getProperties().get("eventsReplayed"));
        }
        Schema<?> retried = component(openApi, "Retried");
        if (retried != null && retried.getProperties() != null) {
            count(retried.getProperties().get("processed"));
            count(retried.getProperties().get("remaining"));
        }
    }

    private static void readModelNames(OpenAPI openApi, List<String> names) {
        PathItem list = openApi.getPaths().get(READ_MODELS);
        if (list != null && list.getGet() != null && list.getGet().getResponses() != null) {
            ApiResponse ok = list.getGet().getResponses().get("200");
            if (ok != null && ok.getContent() != null) {
                ok.getContent().values().forEach(media -> {
                    Schema<?> array = media.getSchema();
                    if (array != null && Schemas.isType(array, "array") && array.getItems() != null) {
                        array.setMaxItems(names.size());
                        array.setUniqueItems(true);
                        name(array.getItems(), names);
                    }
                });
            }
        }
        PathItem rebuild = openApi.getPaths().get(REBUILD);
        if (rebuild != null) {
            for (Operation operation : rebuild.readOperations()) {
                Schemas.parameters(rebuild, operation)
                        .filter(parameter -> "path".equals(parameter.getIn()) && "name".equals(parameter.getName()))
                        .forEach(parameter -> name(parameter.getSchema(), names));
            }
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static void name(Schema schema, List<String> names) {
        if (schema != null && Schemas.isType(schema, "string") && schema.getEnum() == null) {
            schema.setEnum(new ArrayList<>(names));
        }
    }

    private static void count(Schema<?> schema) {
        if (schema == null || !Schemas.isType(schema, "integer")) {
            return;
        }
        if (schema.getMinimum() == null) {
            schema.setMinimum(BigDecimal.ZERO);
        }
        if (schema.getMaximum() == null) {
            schema.setMaximum(BigDecimal.valueOf("int32".equals(schema.getFormat()) ? Integer.MAX_VALUE : Long.MAX_VALUE));
        }
    }

    private static Schema<?> component(OpenAPI openApi, String name) {
        return openApi.getComponents() == null || openApi.getComponents().getSchemas() == null ? null
                : openApi.getComponents().getSchemas().get(name);
    }
}
