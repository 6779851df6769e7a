package org.sportello.contracts.intake.v1;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.FieldSource;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** The schemas say what the records say, and say no to what no producer may send. */
class IntakeV1SchemaTest {

    /** Optional components, added to version 1 after its first release. */
    private static final java.util.Set<String> ADDED_LATER = java.util.Set.of("recordedBy");

    static Stream<Arguments> invalidDocuments() {
        return Stream.of(
                invalid(ContactRecorded.class, "an unknown outcome code", "outcomes",
                        contact -> contact.withArray("outcomes").add("CARE_OR_CONTROL")),
                invalid(ContactRecorded.class, "no occurredAt", "occurredAt",
                        contact -> contact.remove("occurredAt")),
                invalid(ContactRecorded.class, "citizenId left out instead of written as null", "citizenId",
                        contact -> contact.remove("citizenId")),
                invalid(ContactRecorded.class, "no operator", "operators",
                        contact -> contact.putArray("operators")),
                invalid(ContactRecorded.class, "no outcome", "outcomes",
                        contact -> contact.putArray("outcomes")),
                invalid(ContactRecorded.class, "the same outcome twice", "outcomes",
                        contact -> contact.withArray("outcomes").add(contact.withArray("outcomes").get(0).deepCopy())),
                invalid(ContactRecorded.class, "a need without a category", "categories",
                        contact -> ((ObjectNode) contact.withArray("needs").get(0)).putArray("categories")),
                invalid(ContactRecorded.class, "an unknown operator role", "role",
                        contact -> ((ObjectNode) contact.withArray("operators").get(0)).put("role", "DOCTOR")),
                invalid(ContactRecorded.class, "a time with an offset instead of UTC", "occurredAt",
                        contact -> contact.put("occurredAt", "2025-03-12T10:40:00+01:00")),
                invalid(CaseOpened.class, "an office name instead of its slug", "officeId",
                        opened -> opened.put("officeId", "Monza San Rocco")),
                invalid(CitizenRegistered.class, "a fiscal code instead of the pseudonymous id", "citizenId",
                        registered -> registered.put("citizenId", "RSSMRA80A01F205X")),
                invalid(CitizenRegistered.class, "a time as epoch seconds", "registeredAt",
                        registered -> registered.put("registeredAt", 1740989700L)),
                invalid(CaseTakenInCharge.class, "an empty operator id", "operatorId",
                        taken -> taken.put("operatorId", "")),
                invalid(CaseClosed.class, "an unknown closure reason", "reason",
                        closed -> closed.put("reason", "SEE_NOTES")),
                invalid(CaseClosed.class, "a case id that is no UUID", "caseId",
                        closed -> closed.put("caseId", "CASE-2025-0042")),
                invalid(CitizenErased.class, "a fiscal code instead of the pseudonymous id", "citizenId",
                        erased -> erased.put("citizenId", "RSSMRA80A01F205X")),
                invalid(CitizenErased.class, "no erasedAt", "erasedAt",
                        erased -> erased.remove("erasedAt")),
                invalid(CitizenErased.class, "a time with an offset instead of UTC", "erasedAt",
                        erased -> erased.put("erasedAt", "2025-11-04T11:20:00+01:00")));
    }

    private static Arguments invalid(Class<? extends Record> event, String what, String property,
                                     Consumer<ObjectNode> spoil) {
        ObjectNode document = (ObjectNode) IntakeV1Contracts.readClasspath(
                "contracts/intake/v1/" + event.getSimpleName() + ".example.json").deepCopy();
        spoil.accept(document);
        return Arguments.argumentSet(event.getSimpleName() + " with " + what, event, property, document);
    }

    @ParameterizedTest
    @MethodSource("invalidDocuments")
    void schemaRejectsAnInvalidDocument(Class<? extends Record> event, String property, JsonNode document) {
        List<String> violations = IntakeV1Contracts.violations(event, document);

        assertThat(violations).isNotEmpty().anySatisfy(violation -> assertThat(violation).contains(property));
    }

    @ParameterizedTest
    @FieldSource(IntakeV1Contracts.ALL_EVENTS)
    void schemaIsPublishedUnderItsEventsName(Class<? extends Record> event) {
        JsonNode schema = IntakeV1Contracts.schemaDocumentOf(event);

        assertThat(schema.path("$schema").asString()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
        assertThat(schema.path("$id").asString()).isEqualTo(IntakeV1Contracts.schemaId(event));
        assertThat(schema.path("title").asString()).isEqualTo(event.getSimpleName() + " v1");
        assertThat(schema.path("description").asString()).contains(typeOf(event));
        // Consumers must accept what a later release of v1 adds; a closed schema would reject it.
        assertThat(schema.path("additionalProperties").asBoolean(false)).isTrue();
    }

    @ParameterizedTest
    @FieldSource(IntakeV1Contracts.ALL_EVENTS)
    void schemaDescribesEveryRecordComponentAsTheRecordWritesIt(Class<? extends Record> event) {
        JsonNode schema = IntakeV1Contracts.schemaDocumentOf(event);
        SoftAssertions softly = new SoftAssertions();

        describesRecord(schema, schema, event, event.getSimpleName(), softly);

        softly.assertAll();
    }

    private static void describesRecord(JsonNode root, JsonNode object, Class<?> record, String path,
                                        SoftAssertions softly) {
        List<String> components = Arrays.stream(record.getRecordComponents()).map(RecordComponent::getName).toList();
        softly.assertThat(object.path("type").asString()).as(path + " type").isEqualTo("object");
        softly.assertThat(object.path("properties").propertyNames()).as(path + " properties")
                .containsExactlyInAnyOrderElementsOf(components);
        // Every component is always written, null or not, so every one is required, but for those that
        // a later release of v1 added: a consumer may meet events written before they existed.
        softly.assertThat(strings(object.path("required"))).as(path + " required")
                .containsExactlyInAnyOrderElementsOf(components.stream().filter(name -> !ADDED_LATER.contains(name))
                        .toList());
        for (RecordComponent component : record.getRecordComponents()) {
            String at = path + "." + component.getName();
            JsonNode property = object.path("properties").path(component.getName());
            softly.assertThat(property.path("description").asString()).as(at + " description").isNotBlank();
            describesType(root, property, component.getGenericType(), at, softly);
        }
    }

    private static void describesType(JsonNode root, JsonNode node, Type type, String path, SoftAssertions softly) {
        JsonNode schema = resolve(root, node);
        if (type == UUID.class) {
            softly.assertThat(schema.path("format").asString()).as(path + " format").isEqualTo("uuid");
        } else if (type == Instant.class) {
            softly.assertThat(schema.path("format").asString()).as(path + " format").isEqualTo("date-time");
        } else if (type == String.class) {
            JsonNode types = schema.path("type");
            softly.assertThat(types.isArray() ? strings(types) : List.of(types.asString())).as(path + " type")
                    .contains("string");
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

    /** Follows a local {@code $ref} into {@code $defs}; the schemas use no other kind. */
    private static JsonNode resolve(JsonNode root, JsonNode node) {
        String ref = node.path("$ref").asString("");
        if (ref.isEmpty()) {
            return node;
        }
        assertThat(ref).startsWith("#/$defs/");
        return root.path("$defs").path(ref.substring("#/$defs/".length()));
    }

    private static List<String> strings(JsonNode array) {
        return array instanceof ArrayNode items ? items.valueStream().map(JsonNode::asString).toList() : List.of();
    }

    private static String typeOf(Class<?> event) {
        try {
            return (String) event.getField("TYPE").get(null);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(event.getSimpleName() + " has no TYPE", e);
        }
    }
}
