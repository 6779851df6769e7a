package org.sportello.contracts;

import java.util.stream.Stream;
import org.junit.jupiter.api.TestInstance;

/**
 * What the shared contract tests have in common: the version they test, and its events as a
 * {@code @MethodSource("events")}. One instance per class, so that the sources may use the version.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class ContractVersionTests {

    protected final ContractVersion contract;

    protected ContractVersionTests(ContractVersion contract) {
        this.contract = contract;
    }

    protected Stream<Class<? extends Record>> events() {
        return contract.events().stream();
    }
}
