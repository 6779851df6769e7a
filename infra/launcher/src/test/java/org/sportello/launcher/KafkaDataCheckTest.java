package org.sportello.launcher;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class KafkaDataCheckTest {

    @TempDir
    Path kafka;

    @Test
    void anEmptyDirectoryIsAccepted() {
        assertThatCode(() -> LocalBroker.checkData(kafka)).doesNotThrowAnyException();
    }

    @Test
    void aFormattedDirectoryIsAccepted() throws IOException {
        Files.writeString(kafka.resolve("meta.properties"), "version=1\nnode.id=1\ncluster.id=q1Sh-9_ISia_zwGINzRvyQ\n");

        assertThatCode(() -> LocalBroker.checkData(kafka)).doesNotThrowAnyException();
    }

    @Test
    void aDamagedMetaPropertiesSuggestsReset() throws IOException {
        Files.writeString(kafka.resolve("meta.properties"), "version=1\n\u0000\u0000garbage\n");

        assertThatThrownBy(() -> LocalBroker.checkData(kafka)).isInstanceOf(LauncherFailure.class)
                .hasMessageContaining("--reset");
    }

    @Test
    void anUnreadableMetaPropertiesSuggestsReset() throws IOException {
        Files.createDirectory(kafka.resolve("meta.properties"));

        assertThatThrownBy(() -> LocalBroker.checkData(kafka)).isInstanceOf(LauncherFailure.class)
                .hasMessageContaining("--reset");
    }
}
