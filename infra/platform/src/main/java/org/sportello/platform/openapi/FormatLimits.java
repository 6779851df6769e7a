package org.sportello.platform.openapi;

import java.math.BigDecimal;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Schema;

import org.springdoc.core.customizers.OpenApiCustomizer;

/**
 * States the limits that follow from a value's type, which no annotation on a record component can
 * say: a UUID, a date and an instant can only be so long, and an integer parameter only as large as
 * its type. Each is what the server already enforces, because a longer or larger value does not
 * convert and is refused with a 400. Limits on free text are not set here: they come from each
 * request's Bean Validation annotations, which the server checks.
 */
class FormatLimits implements OpenApiCustomizer {

    /** {@link java.util.UUID#toString()}'s form; Jackson and Spring refuse anything longer. */
    static final int UUID_LENGTH = 36;
    static final String UUID_PATTERN = "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$";
    /**
     * The longest ISO-8601 date or instant {@code java.time} parses has 45 characters (a signed
     * ten-digit year, nanoseconds and an offset with seconds); 64 leaves room for that and no more.
     * One gap: the JSON readers of instants ({@code StrictInstantDeserializer}) and dates strip
     * surrounding whitespace before parsing, so a value padded with blanks is taken however long.
     */
    static final int DATE_TIME_LENGTH = 64;

    @Override
    public void customise(OpenAPI openApi) {
        Schemas.forEach(openApi, FormatLimits::limit);
        // Integer parameters only: an integer in a body or an answer is a count or a code whose
        // limits its record states; a parameter's type is all Spring checks before the controller.
        if (openApi.getPaths() != null) {
            openApi.getPaths().values().forEach(path -> path.readOperations().forEach(operation ->
                    Schemas.parameters(path, operation)
                            .filter(parameter -> parameter.getSchema() != null)
                            .forEach(parameter -> integerRange(parameter.getSchema()))));
        }
    }

    static void limit(Schema<?> schema) {
        if (!Schemas.isType(schema, "string") || schema.getFormat() == null) {
            return;
        }
        switch (schema.getFormat()) {
            case "uuid" -> {
                if (schema.getMaxLength() == null) {
                    schema.setMaxLength(UUID_LENGTH);
                }
                if (schema.getPattern() == null) {
                    schema.setPattern(UUID_PATTERN);
                }
            }
            case "date", "date-time" -> {
                if (schema.getMaxLength() == null) {
                    schema.setMaxLength(DATE_TIME_LENGTH);
                }
            }
            default -> {
                // Other formats (email, uri) carry their limits in the annotations of their field.
            }
        }
    }

    private static void integerRange(Schema<?> schema) {
        if (!Schemas.isType(schema, "integer")) {
            return;
        }
        BigDecimal[] range = switch (schema.getFormat() == null ? "" : schema.getFormat()) {
            case "int32" -> new BigDecimal[] {BigDecimal.valueOf(Integer.MIN_VALUE), BigDecimal.valueOf(Integer.MAX_VALUE)};
            case "int64" -> new BigDecimal[] {BigDecimal.valueOf(Long.MIN_VALUE), BigDecimal.valueOf(Long.MAX_VALUE)};
            default -> null;
        };
        if (range == null) {
            return;
        }
        if (schema.getMinimum() == null && schema.getExclusiveMinimumValue() == null) {
            schema.setMinimum(range[0]);
        }
        if (schema.getMaximum() == null && schema.getExclusiveMaximumValue() == null) {
            schema.setMaximum(range[1]);
        }
    }
}
