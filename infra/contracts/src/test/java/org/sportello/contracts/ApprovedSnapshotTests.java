package org.sportello.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.sportello.contracts.ContractVersion.MAPPER;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

/**
 * What a record becomes on the wire, compared with a snapshot a human approved
 * ({@code src/test/resources/<approvedFolder><Event>.v<N>.json}). A failure means the wire changed:
 * if that was meant, it must be a compatible change (a new optional property) or a new version, and
 * the new snapshot is approved by copying the received file over the approved one.
 */
public abstract class ApprovedSnapshotTests extends ContractVersionTests {

    private static final Path RECEIVED = Path.of("target", "approved-received");

    private final List<Record> fixtures;

    /** {@code oneOfEach}: an event of each type built in Java, from fixed values only. */
    protected ApprovedSnapshotTests(ContractVersion contract, List<Record> oneOfEach) {
        super(contract);
        this.fixtures = List.copyOf(oneOfEach);
    }

    protected Stream<Record> oneOfEach() {
        return fixtures.stream();
    }

    @ParameterizedTest
    @MethodSource("events")
    void everyEventHasASnapshotFixture(Class<? extends Record> event) {
        assertThat(fixtures).extracting(Object::getClass).contains(event);
    }

    @ParameterizedTest
    @MethodSource("oneOfEach")
    void serialisedEventConformsToItsSchema(Record event) {
        JsonNode written = MAPPER.readTree(MAPPER.writeValueAsString(event));

        assertThat(contract.violations(event.getClass(), written)).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("oneOfEach")
    void serialisedEventMatchesItsApprovedSnapshot(Record event) {
        String snapshot = contract.approvedSnapshotOf(event.getClass());
        String written = MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(event);

        JsonNode approved = approvedSnapshot(snapshot);

        if (approved == null || !approved.equals(MAPPER.readTree(written))) {
            Path received = saveReceived(snapshot, written);
            fail("""
                    %s on the wire %s %s.
                    Received (also in %s):
                    %s
                    If the change is meant and compatible (only new optional properties), approve it:
                      cp %s src/test/resources/%s
                    Otherwise it needs a new version of the event, published beside this one."""
                    .formatted(event.getClass().getSimpleName(),
                            approved == null ? "has no approved snapshot" : "differs from the approved snapshot",
                            snapshot, received, written, received, snapshot));
        }
    }

    private static JsonNode approvedSnapshot(String snapshot) {
        return ApprovedSnapshotTests.class.getClassLoader().getResource(snapshot) == null
                ? null
                : ContractVersion.readClasspath(snapshot);
    }

    /** Under {@code target/approved-received/}, at the snapshot's own path below {@code approved/}. */
    private static Path saveReceived(String snapshot, String json) {
        try {
            Path received = RECEIVED.resolve(snapshot.substring(snapshot.indexOf('/') + 1));
            Files.createDirectories(received.getParent());
            return Files.writeString(received, json + System.lineSeparator());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
