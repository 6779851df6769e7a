package org.sportello.contracts.intake.v1;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.sportello.contracts.intake.v1.IntakeV1Contracts.MAPPER;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

/**
 * What a record becomes on the wire, compared with a snapshot a human approved
 * ({@code src/test/resources/approved/<Event>.v1.json}). A failure means the wire changed: if that
 * was meant, it must be a compatible change (a new optional property) or a new version, and the
 * new snapshot is approved by copying the received file over the approved one.
 */
class IntakeV1ApprovedSnapshotTest {

    private static final Path RECEIVED = Path.of("target", "approved-received");

    static Iterable<Record> events() {
        return IntakeV1Fixtures.oneOfEach();
    }

    @ParameterizedTest
    @FieldSource(IntakeV1Contracts.ALL_EVENTS)
    void everyEventHasASnapshotFixture(Class<? extends Record> event) {
        assertThat(IntakeV1Fixtures.oneOfEach()).extracting(Object::getClass).contains(event);
    }

    @ParameterizedTest
    @MethodSource("events")
    void serialisedEventConformsToItsSchema(Record event) {
        JsonNode written = MAPPER.readTree(MAPPER.writeValueAsString(event));

        assertThat(IntakeV1Contracts.violations(event.getClass(), written)).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("events")
    void serialisedEventMatchesItsApprovedSnapshot(Record event) {
        String name = event.getClass().getSimpleName() + ".v1.json";
        String written = MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(event);

        JsonNode approved = approvedSnapshot(name);

        if (approved == null || !approved.equals(MAPPER.readTree(written))) {
            Path received = saveReceived(name, written);
            fail("""
                    %s on the wire %s approved/%s.
                    Received (also in %s):
                    %s
                    If the change is meant and compatible (only new optional properties), approve it:
                      cp %s src/test/resources/approved/%s
                    Otherwise it needs a new version of the event, published beside this one."""
                    .formatted(event.getClass().getSimpleName(),
                            approved == null ? "has no approved snapshot" : "differs from the approved snapshot",
                            name, received, written, received, name));
        }
    }

    private static JsonNode approvedSnapshot(String name) {
        return IntakeV1ApprovedSnapshotTest.class.getClassLoader().getResource("approved/" + name) == null
                ? null
                : IntakeV1Contracts.readClasspath("approved/" + name);
    }

    private static Path saveReceived(String name, String json) {
        try {
            Files.createDirectories(RECEIVED);
            return Files.writeString(RECEIVED.resolve(name), json + System.lineSeparator());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
