package org.sportello.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The schemas of a contract version say what the records say, and say no to what no producer may
 * send. A subclass per version names the version and the documents its schemas must refuse.
 */
public abstract class SchemaTests extends ContractVersionTests {

    protected SchemaTests(ContractVersion contract) {
        super(contract);
    }

    /** Documents no producer may send, each made with {@link #invalid}; the schema must name the property. */
    protected abstract Stream<Arguments> invalidDocuments();

    /** The event's example, spoiled: its schema must find {@code property} wrong. */
    protected Arguments invalid(Class<? extends Record> event, String what, String property,
                                Consumer<ObjectNode> spoil) {
        ObjectNode document = contract.exampleOf(event);
        spoil.accept(document);
        return Arguments.argumentSet(event.getSimpleName() + " with " + what, event, property, document);
    }

    @ParameterizedTest
    @MethodSource("invalidDocuments")
    void schemaRejectsAnInvalidDocument(Class<? extends Record> event, String property, JsonNode document) {
        List<String> violations = contract.violations(event, document);

        assertThat(violations).isNotEmpty().anySatisfy(violation -> assertThat(violation).contains(property));
    }

    @ParameterizedTest
    @MethodSource("events")
    void schemaIsPublishedUnderItsEventsName(Class<? extends Record> event) {
        JsonNode schema = contract.schemaDocumentOf(event);

        assertThat(schema.path("$schema").asString()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
        assertThat(schema.path("$id").asString()).isEqualTo(contract.schemaId(event));
        assertThat(schema.path("title").asString()).isEqualTo(event.getSimpleName() + " v" + contract.version());
        assertThat(schema.path("description").asString()).contains(declaredTypeOf(event));
        // Consumers must accept what a later release of the version adds; a closed schema would reject it.
        assertThat(schema.path("additionalProperties").asBoolean(false)).isTrue();
    }

    @ParameterizedTest
    @MethodSource("events")
    void schemaDescribesEveryRecordComponentAsTheRecordWritesIt(Class<? extends Record> event) {
        JsonNode schema = contract.schemaDocumentOf(event);
        SoftAssertions softly = new SoftAssertions();

        describesRecord(schema, schema, event, event.getSimpleName(), softly);

        softly.assertAll();
    }

    private void describesRecord(JsonNode root, JsonNode object, Class<?> record, String path,
                                 SoftAssertions softly) {
        List<String> components = Arrays.stream(record.getRecordComponents()).map(RecordComponent::getName).toList();
        softly.assertThat(object.path("type").asString()).as(path + " type").isEqualTo("object");
        softly.assertThat(object.path("properties").propertyNames()).as(path + " properties")
                .containsExactlyInAnyOrderElementsOf(components);
        // Every component is always written, null or not, so every one is required, but for those that
        // a later release of the version added: a consumer may meet events written before they existed.
        softly.assertThat(strings(object.path("required"))).as(path + " required")
                .containsExactlyInAnyOrderElementsOf(components.stream()
                        .filter(name -> !contract.addedLater().contains(name)).toList());
        for (RecordComponent component : record.getRecordComponents()) {
            String at = path + "." + component.getName();
            JsonNode property = object.path("properties").path(component.getName());
            softly.assertThat(property.path("description").asString()).as(at + " description").isNotBlank();
            describesType(root, property, component.getGenericType(), at, softly);
        }
    }

    private void describesType(JsonNode root, JsonNode node, Type type, String path, SoftAssertions softly) {
        JsonNode schema = resolve(root, node);
        if (type == UUID.class) {
            softly.assertThat(schema.path("format").asString()).as(path + " format").isEqualTo("uuid");
        } else if (type == Instant.class) {
            softly.assertThat(schema.path("format").asString()).as(path + " format").isEqualTo("date-time");
        } else if (type == LocalDate.class) {
            softly.assertThat(schema.path("format").asString()).as(path + " format").isEqualTo("date");
        } else if (type == LocalTime.class) {
            // No "format": JSON Schema's "time" wants an offset, and a local time has none.
            softly.assertThat(types(schema)).as(path + " type").contains("string");
            softly.assertThat(schema.path("pattern").asString()).as(path + " pattern").isNotBlank();
        } else if (type == int.class || type == long.class) {
            softly.assertThat(types(schema)).as(path + " type").containsExactly("integer");
        } else if (type == Integer.class) {
            // Boxed: an optional number, written as null when there is none.
            softly.assertThat(types(schema)).as(path + " type").containsExactlyInAnyOrder("integer", "null");
        } else if (type == Boolean.class) {
            softly.assertThat(types(schema)).as(path + " type").containsExactlyInAnyOrder("boolean", "null");
        } else if (type == String.class) {
            softly.assertThat(types(schema)).as(path + " type").contains("string");
        } else if (type instanceof Class<?> enumType && enumType.isEnum()) {
            softly.assertThat(strings(schema.path("enum"))).as(path + " enum, in the Java enum's order")
                    .containsExactlyElementsOf(Arrays.stream(enumType.getEnumConstants())
                            .map(constant -> ((Enum<?>) constant).name()).toList());
        } else if (type instanceof Class<?> recordType && recordType.isRecord()) {
            describesRecord(root, schema, recordType, path, softly);
        } else if (type instanceof ParameterizedType list && list.getRawType() == List.class) {
            softly.assertThat(schema.path("type").asString()).as(path + " type").isEqualTo("array");
            describesType(root, schema.path("items"), list.getActualTypeArguments()[0], path + "[]", softly);
        } else {
            softly.fail("%s: no rule for a component of type %s; teach this test how it is written", path, type);
        }
    }

    /**
     * Follows a local {@code $ref} into {@code $defs}; the schemas use no other kind. An optional
     * code ({@code anyOf} the code's definition and {@code null}) resolves to the code's definition.
     */
    private static JsonNode resolve(JsonNode root, JsonNode node) {
        if (node.path("anyOf") instanceof ArrayNode branches && branches.size() == 2
                && branches.get(1).path("type").asString("").equals("null")) {
            return resolve(root, branches.get(0));
        }
        String ref = node.path("$ref").asString("");
        if (ref.isEmpty()) {
            return node;
        }
        assertThat(ref).startsWith("#/$defs/");
        return root.path("$defs").path(ref.substring("#/$defs/".length()));
    }

    private static List<String> types(JsonNode schema) {
        JsonNode types = schema.path("type");
        return types.isArray() ? strings(types) : List.of(types.asString());
    }

    private static List<String> strings(JsonNode array) {
        return array instanceof ArrayNode items ? items.valueStream().map(JsonNode::asString).toList() : List.of();
    }

    private static String declaredTypeOf(Class<?> event) {
        try {
            return (String) event.getField("TYPE").get(null);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(event.getSimpleName() + " has no TYPE", e);
        }
    }
}
