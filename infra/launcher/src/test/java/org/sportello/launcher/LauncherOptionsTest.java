package org.sportello.launcher;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LauncherOptionsTest {

    private static LauncherOptions parse(String... args) {
        return LauncherOptions.parse(List.of(args), Map.of());
    }

    @Test
    void withoutArgumentsRunsTheStackFromDotSportello() {
        LauncherOptions options = parse();

        assertThat(options).isEqualTo(LauncherOptions.defaults());
        assertThat(options.dataDir()).isEqualTo(Path.of(".sportello"));
        assertThat(options.demo()).isFalse();
        assertThat(options.port(8081)).isEqualTo(8081);
        assertThat(options.databasePrefix()).isEqualTo("sportello");
    }

    @Test
    void readsEveryOptionWithSpaceOrEqualsSign() {
        LauncherOptions options = parse("--data-dir", "/var/lib/sportello", "--reset", "--yes", "--demo",
                "--months=3", "--seed", "42", "--until=2026-09", "--port-offset", "100", "--embedded-postgres",
                "--database-prefix=it_smoke");

        assertThat(options).isEqualTo(new LauncherOptions(Path.of("/var/lib/sportello"), true, true, true, 3, 42,
                YearMonth.of(2026, 9), 100, true, "it_smoke", false));
        assertThat(options.port(9092)).isEqualTo(9192);
    }

    @Test
    void demoDefaultsToTwelveMonthsEndingNowWithAFixedSeed() {
        LauncherOptions options = parse("--demo");

        assertThat(options.months()).isEqualTo(12);
        assertThat(options.seed()).isEqualTo(1);
        assertThat(options.until()).isNull();
    }

    @Test
    void helpIsRecognisedAmongOtherOptions() {
        assertThat(parse("--demo", "--help").help()).isTrue();
        assertThat(parse("-h").help()).isTrue();
    }

    @Test
    void portOffsetComesFromTheEnvironmentUnlessTheCommandLineSetsIt() {
        Map<String, String> environment = Map.of(LauncherOptions.PORT_OFFSET_VARIABLE, "200");

        assertThat(LauncherOptions.parse(List.of(), environment).portOffset()).isEqualTo(200);
        assertThat(LauncherOptions.parse(List.of("--port-offset", "300"), environment).portOffset()).isEqualTo(300);
    }

    @Test
    void aBadPortOffsetInTheEnvironmentNamesTheVariable() {
        assertThatThrownBy(() -> LauncherOptions.parse(List.of(), Map.of(LauncherOptions.PORT_OFFSET_VARIABLE, "x")))
                .isInstanceOf(LauncherOptions.InvalidOption.class)
                .hasMessageContaining(LauncherOptions.PORT_OFFSET_VARIABLE);
    }

    @Test
    void unknownOptionsAreRefused() {
        assertThatThrownBy(() -> parse("--dmeo")).isInstanceOf(LauncherOptions.InvalidOption.class)
                .hasMessageContaining("--dmeo");
        assertThatThrownBy(() -> parse("demo")).isInstanceOf(LauncherOptions.InvalidOption.class);
    }

    @Test
    void anOptionMissingItsValueIsRefused() {
        assertThatThrownBy(() -> parse("--data-dir")).hasMessageContaining("--data-dir needs a value");
        assertThatThrownBy(() -> parse("--months", "--demo")).hasMessageContaining("--months needs a value");
    }

    @Test
    void switchesTakeNoValue() {
        assertThatThrownBy(() -> parse("--demo=yes")).hasMessageContaining("--demo takes no value");
    }

    @Test
    void malformedOrOutOfRangeNumbersAreRefusedNamingTheOption() {
        assertThatThrownBy(() -> parse("--demo", "--months", "0")).hasMessageContaining("--months");
        assertThatThrownBy(() -> parse("--demo", "--months", "twelve")).hasMessageContaining("--months");
        assertThatThrownBy(() -> parse("--demo", "--seed", "1.5")).hasMessageContaining("--seed");
        assertThatThrownBy(() -> parse("--port-offset", "-1")).hasMessageContaining("--port-offset");
        assertThatThrownBy(() -> parse("--port-offset", "60000")).hasMessageContaining("--port-offset");
        assertThatThrownBy(() -> parse("--demo", "--until", "2026-13")).hasMessageContaining("YYYY-MM");
    }

    @Test
    void demoSettingsWithoutDemoAreAMistake() {
        assertThatThrownBy(() -> parse("--months", "3")).hasMessageContaining("only go with --demo");
        assertThatThrownBy(() -> parse("--seed", "3")).hasMessageContaining("only go with --demo");
    }

    @Test
    void databasePrefixMustBeASafeDatabaseName() {
        assertThatThrownBy(() -> parse("--database-prefix", "Sportello; DROP")).hasMessageContaining("--database-prefix");
        assertThatThrownBy(() -> parse("--database-prefix", "1abc")).hasMessageContaining("--database-prefix");
    }
}
