package org.sportello.benchmark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

class ResearchOptionsTest {

    private static final Path NO_FILE = Path.of("no-such-dir/jwt-secret");
    /** 1 December 2026 in Rome: last month is November. */
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-01T10:00:00Z"), ZoneOffset.UTC);

    @Test
    void defaultsAreAMillionContactsOverTwelveMonthsAtTwentyOfficesOfTheLaunchersStack() {
        ResearchOptions options = ResearchOptions.parse(new String[0], "secret", NO_FILE, CLOCK);

        assertThat(options.reportingUrl()).isEqualTo("http://127.0.0.1:8084");
        assertThat(options.kafka()).isEqualTo("127.0.0.1:9092");
        assertThat(options.reportingJdbcUrl()).isEqualTo("jdbc:postgresql://127.0.0.1:5432/sportello_reporting");
        assertThat(options.contacts()).isEqualTo(1_000_000);
        assertThat(options.offices()).isEqualTo(20);
        assertThat(options.requests()).isEqualTo(200);
        assertThat(options.load()).isTrue();
        assertThat(options.population().firstMonth()).isEqualTo(YearMonth.of(2025, 12));
        assertThat(options.population().lastMonth()).isEqualTo(YearMonth.of(2026, 11));
        assertThat(options.population().months()).isEqualTo(12);
        assertThat(options.insertDuration()).isEqualTo(Duration.ofSeconds(10));
    }

    @Test
    void optionsAreGivenAsTheOtherCommandsTakeThem() {
        ResearchOptions options = ResearchOptions.parse(new String[] {"--contacts", "5000", "--offices", "8",
                "--months", "3", "--until", "2025-06", "--seed", "42", "--load", "no", "--requests", "20"}, "secret",
                NO_FILE, CLOCK);

        assertThat(options.population()).isEqualTo(new ResearchPopulation.Spec(42, 5000, 8, YearMonth.of(2025, 4),
                YearMonth.of(2025, 6)));
        assertThat(options.load()).isFalse();
        assertThat(options.requests()).isEqualTo(20);
    }

    @Test
    void aMistypedOptionOrValueIsRefusedRatherThanLeftAtItsDefault() {
        assertThatThrownBy(() -> ResearchOptions.parse(new String[] {"--contact", "5"}, "secret", NO_FILE, CLOCK))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("--contact");
        assertThatThrownBy(() -> ResearchOptions.parse(new String[] {"--load", "maybe"}, "secret", NO_FILE, CLOCK))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("yes or no");
        assertThatThrownBy(() -> ResearchOptions.parse(new String[] {"--until", "2025-13"}, "secret", NO_FILE, CLOCK))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("YYYY-MM");
        assertThatThrownBy(() -> ResearchOptions.parse(new String[] {"--offices", "0"}, "secret", NO_FILE, CLOCK))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void withoutASecretItSaysWhereToGiveOne() {
        assertThatThrownBy(() -> ResearchOptions.parse(new String[0], null, NO_FILE, CLOCK))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("SPORTELLO_JWT_SECRET");
    }
}
