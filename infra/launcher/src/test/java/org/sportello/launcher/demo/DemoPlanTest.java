package org.sportello.launcher.demo;

import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;
import org.sportello.launcher.LauncherFailure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DemoPlanTest {

    // 23:30 UTC on 31 October is already November in Rome, where the offices are.
    private static final Clock HALLOWEEN_NIGHT = Clock.fixed(Instant.parse("2026-10-31T23:30:00Z"), ZoneOffset.UTC);

    @Test
    void twelveMonthsEndWithTheCurrentMonthInRome() {
        assertThat(DemoPlan.of(1, 12, null, HALLOWEEN_NIGHT))
                .isEqualTo(new DemoPlan(1, YearMonth.of(2025, 12), YearMonth.of(2026, 11)));
    }

    @Test
    void untilNamesTheLastMonth() {
        assertThat(DemoPlan.of(1, 1, YearMonth.of(2026, 9), HALLOWEEN_NIGHT))
                .isEqualTo(new DemoPlan(1, YearMonth.of(2026, 9), YearMonth.of(2026, 9)));
    }

    @Test
    void theFutureCannotBeSimulated() {
        assertThatThrownBy(() -> DemoPlan.of(1, 1, YearMonth.of(2026, 12), HALLOWEEN_NIGHT))
                .isInstanceOf(LauncherFailure.class).hasMessageContaining("--until");
    }
}
