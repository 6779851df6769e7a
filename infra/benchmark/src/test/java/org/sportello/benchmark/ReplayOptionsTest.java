package org.sportello.benchmark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;

import org.junit.jupiter.api.Test;

class ReplayOptionsTest {

    @Test
    void defaultsFitTheLauncherPostgres() {
        ReplayOptions options = ReplayOptions.parse(new String[0]);

        assertThat(options.jdbcUrl()).isEqualTo("jdbc:postgresql://127.0.0.1:5432/postgres");
        assertThat(options.citizens()).isEqualTo(10_000);
        assertThat(options.contactsPerCitizen()).isEqualTo(10);
        assertThat(options.events()).isEqualTo(110_000);
        assertThat(options.insertDuration()).isEqualTo(Duration.ofSeconds(10));
    }

    @Test
    void optionsAreGivenAsTheContactBenchmarkTakesThem() {
        ReplayOptions options = ReplayOptions.parse(new String[] {"--citizens", "50", "--contacts-per-citizen", "0",
                "--jdbc", "jdbc:postgresql://db:5432/postgres", "--rounds", "3"});

        assertThat(options.citizens()).isEqualTo(50);
        assertThat(options.events()).isEqualTo(50);
        assertThat(options.jdbcUrl()).isEqualTo("jdbc:postgresql://db:5432/postgres");
        assertThat(options.rounds()).isEqualTo(3);
    }

    @Test
    void aMistypedOptionIsRefusedRatherThanLeftAtItsDefault() {
        assertThatThrownBy(() -> ReplayOptions.parse(new String[] {"--citizen", "50"}))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aReplayOfNoCitizenIsRefused() {
        assertThatThrownBy(() -> ReplayOptions.parse(new String[] {"--citizens", "0"}))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
