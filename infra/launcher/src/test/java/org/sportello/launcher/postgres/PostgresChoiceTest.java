package org.sportello.launcher.postgres;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sportello.launcher.LauncherFailure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PostgresChoiceTest {

    @TempDir
    Path data;

    private PostgresChoice.Inputs inputs(Map<String, String> environment, boolean embeddedAsked, String recorded) {
        return new PostgresChoice.Inputs(environment, embeddedAsked, recorded, data.resolve("postgres"),
                data.resolve("postgres-binaries"), data.resolve("postgres-password"), data.resolve("logs/postgres.log"),
                0, "17.11.0");
    }

    private static PostgresServer choose(PostgresChoice.Inputs inputs, boolean localAnswers) {
        return PostgresChoice.choose(inputs, message -> { }, (url, user, password) -> localAnswers, port -> true);
    }

    @Test
    void theServerInSpringDatasourceUrlComesFirst() {
        PostgresServer server = choose(inputs(Map.of("SPRING_DATASOURCE_URL", "jdbc:postgresql://db:5432/postgres",
                "SPRING_DATASOURCE_USERNAME", "sportello", "SPRING_DATASOURCE_PASSWORD", "secret"), true, "embedded"), true);

        assertThat(server).isEqualTo(new ExternalPostgres("jdbc:postgresql://db:5432/postgres", "sportello", "secret",
                "PostgreSQL at jdbc:postgresql://db:5432/postgres (from SPRING_DATASOURCE_URL)",
                "check SPRING_DATASOURCE_URL, SPRING_DATASOURCE_USERNAME and SPRING_DATASOURCE_PASSWORD"));
    }

    @Test
    void aMalformedSpringDatasourceUrlIsRefused() {
        assertThatThrownBy(() -> choose(inputs(Map.of("SPRING_DATASOURCE_URL", "postgres://db"), false, null), true))
                .isInstanceOf(LauncherFailure.class).hasMessageContaining("jdbc:postgresql://");
    }

    @Test
    void aServerOnTheUsualPortIsUsedWhenNothingElseIsSaid() {
        PostgresServer server = choose(inputs(Map.of("PGPASSWORD", "pw"), false, null), true);

        assertThat(server.serverUrl()).isEqualTo("jdbc:postgresql://127.0.0.1:5432/postgres");
        assertThat(server.password()).isEqualTo("pw");
        assertThat(server.ownedByLauncher()).isFalse();
    }

    @Test
    void withoutAServerTheLauncherRunsItsOwnOnPort5433() {
        PostgresServer server = choose(inputs(Map.of(), false, null), false);

        assertThat(server).isInstanceOf(EmbeddedPostgres.class);
        assertThat(server.serverUrl()).isEqualTo("jdbc:postgresql://127.0.0.1:5433/postgres");
        assertThat(server.description()).contains("nothing answers on 127.0.0.1:5432");
    }

    @Test
    void theEmbeddedServerCanBeAskedForEvenWhenAnotherAnswers() {
        assertThat(choose(inputs(Map.of(), true, null), true)).isInstanceOf(EmbeddedPostgres.class);
    }

    @Test
    void aDataDirectoryWithItsOwnClusterKeepsUsingIt() throws IOException {
        Files.createDirectories(data.resolve("postgres"));
        Files.writeString(data.resolve("postgres/PG_VERSION"), "17\n");

        assertThat(choose(inputs(Map.of(), false, null), true)).isInstanceOf(EmbeddedPostgres.class);
    }

    @Test
    void aDataDirectoryWhoseDatabasesAreOnTheLocalServerKeepsUsingIt() {
        PostgresServer server = choose(inputs(Map.of(), false, "jdbc:postgresql://127.0.0.1:5432/postgres"), false);

        // Chosen even though it does not answer now: starting it, not switching servers, is the fix.
        assertThat(server).isInstanceOf(ExternalPostgres.class);
        assertThat(((ExternalPostgres) server).fix()).contains("start it again").contains("--reset");
    }

    @Test
    void databasesOnAServerNamedOnlyLastTimeNeedItNamedAgain() {
        assertThatThrownBy(() -> choose(inputs(Map.of(), false, "jdbc:postgresql://db:5432/postgres"), true))
                .isInstanceOf(LauncherFailure.class).hasMessageContaining("SPRING_DATASOURCE_URL");
    }

    @Test
    void theEmbeddedPortMovesWithTheOffset() {
        PostgresChoice.Inputs moved = new PostgresChoice.Inputs(Map.of(), true, null, data.resolve("postgres"),
                data.resolve("b"), data.resolve("p"), data.resolve("l"), 1000, "17.11.0");

        assertThat(choose(moved, false).serverUrl()).isEqualTo("jdbc:postgresql://127.0.0.1:6433/postgres");
    }
}
