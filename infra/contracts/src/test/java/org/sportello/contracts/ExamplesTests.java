package org.sportello.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sportello.contracts.ContractVersion.MAPPER;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.sportello.contracts.ContractVersion.Example;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** The examples published beside a version's schemas are what consumers copy: they must be right. */
public abstract class ExamplesTests extends ContractVersionTests {

    protected ExamplesTests(ContractVersion contract) {
        super(contract);
    }

    protected Stream<Example> examples() {
        return contract.examples().stream();
    }

    @ParameterizedTest
    @MethodSource("events")
    void everyEventHasAnExample(Class<? extends Record> event) {
        assertThat(contract.examples())
                .extracting(Example::file)
                .contains(event.getSimpleName() + ".example.json");
    }

    @ParameterizedTest
    @MethodSource("examples")
    void exampleConformsToItsSchema(Example example) {
        assertThat(contract.violations(example.event(), example.json())).isEmpty();
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
        later.put("addedInALaterRelease", "an optional property v" + contract.version() + " may gain");

        assertThat(contract.violations(example.event(), later)).isEmpty();
        assertThat(MAPPER.treeToValue(later, example.event()))
                .isEqualTo(MAPPER.treeToValue(example.json(), example.event()));
    }
}
