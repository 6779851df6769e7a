package org.sportello.launcher.demo;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class HolidaysTest {

    @Test
    void easterFallsOnKnownSundays() {
        assertThat(Holidays.easter(2025)).isEqualTo(LocalDate.of(2025, 4, 20));
        assertThat(Holidays.easter(2026)).isEqualTo(LocalDate.of(2026, 4, 5));
        assertThat(Holidays.easter(2027)).isEqualTo(LocalDate.of(2027, 3, 28));
    }

    @Test
    void easterMondayAndLiberationDayAreHolidaysButAnOrdinaryTuesdayIsNot() {
        assertThat(Holidays.isNational(LocalDate.of(2026, 4, 6))).isTrue();
        assertThat(Holidays.isNational(LocalDate.of(2026, 4, 25))).isTrue();
        assertThat(Holidays.isNational(LocalDate.of(2026, 4, 7))).isFalse();
    }
}
