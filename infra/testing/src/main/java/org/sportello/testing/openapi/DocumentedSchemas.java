package org.sportello.testing.openapi;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;

/**
 * Checks a value a service answered against a schema of the service's own OpenAPI document, for
 * the keywords that state limits: so a test can show that a limit the document gives is one the
 * answers keep. Understands {@code $ref} to component schemas, {@code type} (3.0 and 3.1 forms),
 * {@code required}, {@code properties}, {@code items}, {@code enum}, {@code minLength},
 * {@code maxLength}, {@code pattern}, {@code minimum}, {@code maximum}, {@code maxItems} and
 * {@code uniqueItems}; other keywords are not checked.
 */
public final class DocumentedSchemas {

    private static final String COMPONENT_PREFIX = "#/components/schemas/";

    private DocumentedSchemas() {
    }

    /** Each way {@code value} breaks the component schema {@code schemaName} of {@code document}; empty if none. */
    public static List<String> violations(JsonNode document, String schemaName, JsonNode value) {
        JsonNode schema = document.path("components").path("schemas").path(schemaName);
        if (schema.isMissingNode()) {
            throw new IllegalArgumentException("The document has no component schema " + schemaName);
        }
        List<String> violations = new ArrayList<>();
        check(document, schema, value, "$", violations);
        return violations;
    }

    private static void check(JsonNode document, JsonNode schema, JsonNode value, String at, List<String> violations) {
        if (schema.has("$ref")) {
            String ref = schema.get("$ref").asString();
            if (!ref.startsWith(COMPONENT_PREFIX)) {
                throw new IllegalArgumentException("Only component references are understood, not " + ref);
            }
            check(document, document.path("components").path("schemas").path(ref.substring(COMPONENT_PREFIX.length())),
                    value, at, violations);
            return;
        }
        if (value.isNull()) {
            if (!types(schema).isEmpty() && !types(schema).contains("null") && !schema.path("nullable").asBoolean(false)) {
                violations.add(at + " is null");
            }
            return;
        }
        Set<String> types = types(schema);
        if (!types.isEmpty() && !types.contains(typeOf(value))
                && !(types.contains("number") && "integer".equals(typeOf(value)))) {
            violations.add(at + " is " + typeOf(value) + ", not " + types);
            return;
        }
        if (schema.has("enum")) {
            boolean listed = false;
            for (JsonNode allowed : schema.get("enum")) {
                listed |= allowed.equals(value);
            }
            if (!listed) {
                violations.add(at + " is " + value + ", not one of " + schema.get("enum"));
            }
        }
        if (value.isString()) {
            string(schema, value.asString(), at, violations);
        } else if (value.isNumber()) {
            number(schema, value.decimalValue(), at, violations);
        } else if (value.isArray()) {
            array(document, schema, value, at, violations);
        } else if (value.isObject()) {
            object(document, schema, value, at, violations);
        }
    }

    private static void string(JsonNode schema, String text, String at, List<String> violations) {
        int length = text.codePointCount(0, text.length());
        if (schema.has("maxLength") && length > schema.get("maxLength").asInt()) {
            violations.add(at + " has " + length + " characters, more than maxLength " + schema.get("maxLength").asInt());
        }
        if (schema.has("minLength") && length < schema.get("minLength").asInt()) {
            violations.add(at + " has " + length + " characters, fewer than minLength " + schema.get("minLength").asInt());
        }
        // JSON Schema patterns are not anchored: they must match somewhere in the string.
        if (schema.has("pattern") && !Pattern.compile(schema.get("pattern").asString()).matcher(text).find()) {
            violations.add(at + " '" + text + "' does not match " + schema.get("pattern").asString());
        }
    }

    private static void number(JsonNode schema, BigDecimal number, String at, List<String> violations) {
        if (schema.has("minimum") && number.compareTo(schema.get("minimum").decimalValue()) < 0) {
            violations.add(at + " is " + number + ", below minimum " + schema.get("minimum"));
        }
        if (schema.has("maximum") && number.compareTo(schema.get("maximum").decimalValue()) > 0) {
            violations.add(at + " is " + number + ", above maximum " + schema.get("maximum"));
        }
    }

    private static void array(JsonNode document, JsonNode schema, JsonNode array, String at, List<String> violations) {
        if (schema.has("maxItems") && array.size() > schema.get("maxItems").asInt()) {
            violations.add(at + " has " + array.size() + " items, more than maxItems " + schema.get("maxItems").asInt());
        }
        if (schema.path("uniqueItems").asBoolean(false)) {
            Set<JsonNode> seen = new HashSet<>();
            for (JsonNode item : array) {
                if (!seen.add(item)) {
                    violations.add(at + " repeats " + item);
                }
            }
        }
        if (schema.has("items")) {
            for (int i = 0; i < array.size(); i++) {
                check(document, schema.get("items"), array.get(i), at + "[" + i + "]", violations);
            }
        }
    }

    private static void object(JsonNode document, JsonNode schema, JsonNode object, String at, List<String> violations) {
        for (JsonNode required : schema.path("required")) {
            if (!object.has(required.asString())) {
                violations.add(at + " lacks " + required.asString());
            }
        }
        for (String name : schema.path("properties").propertyNames()) {
            if (object.has(name)) {
                check(document, schema.get("properties").get(name), object.get(name), at + "." + name, violations);
            }
        }
    }

    private static Set<String> types(JsonNode schema) {
        Set<String> types = new HashSet<>();
        JsonNode type = schema.path("type");
        if (type.isString()) {
            types.add(type.asString());
        } else {
            type.forEach(each -> types.add(each.asString()));
        }
        return types;
    }

    private static String typeOf(JsonNode value) {
        if (value.isString()) {
            return "string";
        }
        if (value.isIntegralNumber()) {
            return "integer";
        }
        if (value.isNumber()) {
            return "number";
        }
        if (value.isBoolean()) {
            return "boolean";
        }
        if (value.isArray()) {
            return "array";
        }
        return value.isObject() ? "object" : "null";
    }
}
