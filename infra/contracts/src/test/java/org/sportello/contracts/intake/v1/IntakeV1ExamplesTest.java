package org.sportello.contracts.intake.v1;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sportello.contracts.intake.v1.IntakeV1Contracts.MAPPER;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.sportello.contracts.intake.v1.IntakeV1Contracts.Example;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** The examples published beside the schemas are what consumers copy: they must be right. */
class IntakeV1ExamplesTest {

    static Stream<Example> examples() {
        return IntakeV1Contracts.examples().stream();
    }

    @ParameterizedTest
    @FieldSource(IntakeV1Contracts.ALL_EVENTS)
    void everyEventHasAnExample(Class<? extends Record> event) {
        assertThat(IntakeV1Contracts.examples())
                .extracting(Example::file)
                .contains(event.getSimpleName() + ".example.json");
    }

    @ParameterizedTest
    @MethodSource("examples")
    void exampleConformsToItsSchema(Example example) {
        assertThat(IntakeV1Contracts.violations(example.event(), example.json())).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("examples")
    void exampleSurvivesARoundTripThroughItsRecord(Example example) {
        Record event = MAPPER.readValue(MAPPER.writeValueAsString(example.json()), example.event());

        JsonNode written = MAPPER.readTree(MAPPER.writeValueAsString(event));

        assertThat(written).isEqualTo(example.json());
    }

    @ParameterizedTest
    @MethodSource("examples")
    void consumerToleratesAPropertyAddedLaterInTheVersion(Example example) {
        ObjectNode later = (ObjectNode) example.json().deepCopy();
        later.put("addedInALaterRelease", "an optional property v1 may gain");

        assertThat(IntakeV1Contracts.violations(example.event(), later)).isEmpty();
        assertThat(MAPPER.treeToValue(later, example.event()))
                .isEqualTo(MAPPER.treeToValue(example.json(), example.event()));
    }

    @Test
    void anonymousContactWritesItsMissingIdsAsNulls() {
        JsonNode anonymous = IntakeV1Contracts.readClasspath("contracts/intake/v1/ContactRecorded.anonymous.example.json");

        ContactRecorded contact = MAPPER.treeToValue(anonymous, ContactRecorded.class);
        JsonNode written = MAPPER.valueToTree(contact);

        assertThat(contact.citizenId()).isNull();
        assertThat(contact.caseId()).isNull();
        assertThat(written.has("citizenId")).isTrue();
        assertThat(written.get("citizenId").isNull()).isTrue();
        assertThat(written.has("caseId")).isTrue();
        assertThat(written.get("caseId").isNull()).isTrue();
    }
}
