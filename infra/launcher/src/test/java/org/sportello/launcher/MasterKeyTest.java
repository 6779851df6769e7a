package org.sportello.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MasterKeyTest {

    @TempDir
    Path dataDir;

    @Test
    void theFirstRunKeepsANewRandomKeyReadableByItsOwnerOnly() throws IOException {
        Path file = dataDir.resolve("master-key");

        String key = MasterKey.keep(file, null);

        assertThat(Base64.getDecoder().decode(key)).hasSize(32);
        assertThat(Files.readString(file).strip()).isEqualTo(key);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
    }

    @Test
    void laterRunsUseTheKeptKey() throws IOException {
        Path file = dataDir.resolve("master-key");
        String first = MasterKey.keep(file, null);

        assertThat(MasterKey.keep(file, null)).isEqualTo(first);
        assertThat(MasterKey.keep(file, "")).isEqualTo(first);
    }

    @Test
    void everyDataDirectoryGetsAKeyOfItsOwn() throws IOException {
        assertThat(MasterKey.keep(dataDir.resolve("a/master-key"), null))
                .isNotEqualTo(MasterKey.keep(dataDir.resolve("b/master-key"), null));
    }

    @Test
    void aKeyFromTheEnvironmentIsKeptForTheRunsWithoutIt() throws IOException {
        Path file = dataDir.resolve("master-key");
        String given = MasterKey.generate();

        assertThat(MasterKey.keep(file, given + "\n")).isEqualTo(given);
        assertThat(MasterKey.keep(file, null)).isEqualTo(given);
        assertThat(MasterKey.keep(file, given)).isEqualTo(given);
    }

    @Test
    void aKeyFromTheEnvironmentOtherThanTheKeptOneIsRefusedWithoutShowingEither() throws IOException {
        Path file = dataDir.resolve("master-key");
        String kept = MasterKey.keep(file, null);
        String other = MasterKey.generate();

        assertThatThrownBy(() -> MasterKey.keep(file, other))
                .isInstanceOf(LauncherFailure.class)
                .hasMessageContaining(MasterKey.VARIABLE)
                .hasMessageContaining("--reset")
                .message().doesNotContain(kept).doesNotContain(other);
        assertThat(Files.readString(file).strip()).isEqualTo(kept);
    }

    @Test
    void aMalformedKeyFromTheEnvironmentIsRefusedAndNotKept() {
        Path file = dataDir.resolve("master-key");
        String tooShort = Base64.getEncoder().encodeToString(new byte[16]);

        for (String malformed : new String[] {tooShort, "not base64 at all!", "change-me-to-a-long-random-secret"}) {
            assertThatThrownBy(() -> MasterKey.keep(file, malformed))
                    .isInstanceOf(LauncherFailure.class)
                    .hasMessageContaining("base64 of 32 bytes")
                    .message().doesNotContain(malformed);
        }
        assertThat(file).doesNotExist();
    }

    @Test
    void aDamagedKeptKeyIsRefusedRatherThanReplaced() throws IOException {
        Path file = dataDir.resolve("master-key");
        Files.writeString(file, "truncated\n", StandardCharsets.UTF_8);

        assertThatThrownBy(() -> MasterKey.keep(file, null))
                .isInstanceOf(LauncherFailure.class)
                .hasMessageContaining(file.toString())
                .message().doesNotContain("truncated");
        assertThat(Files.readString(file)).isEqualTo("truncated\n");

        Files.writeString(file, "");
        assertThatThrownBy(() -> MasterKey.keep(file, null)).isInstanceOf(LauncherFailure.class);
        assertThat(Files.readString(file)).isEmpty();
    }
}
