package org.sportello.reporting.research.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

class CountRoundingTest {

    private static final String SECRET = "a-test-secret-of-some-length";

    @Test
    void noRoundingPublishesTheCount() {
        assertThat(CountRounding.of("none", "").rounded("2025-03/episodes/office/a", 17)).isEqualTo(17);
    }

    @Test
    void base5PublishesANeighbouringMultipleOf5AndTheSameOneEveryTime() {
        CountRounding rounding = CountRounding.of("base5", SECRET);
        for (int count = 0; count < 200; count++) {
            String cell = "2025-03/episodes/office/o" + count;
            long rounded = rounding.rounded(cell, count);
            assertThat(rounded % 5).isZero();
            assertThat(Math.abs(rounded - count)).isLessThan(5);
            assertThat(rounding.rounded(cell, count)).as("asked again").isEqualTo(rounded);
        }
        assertThat(rounding.rounded("any", 0)).isZero();
        assertThat(rounding.rounded("any", 35)).isEqualTo(35);
    }

    @Test
    void base5IsUnbiasedOverManyCells() {
        // 13 rounds to 15 with probability 3/5, else to 10: over 10 000 cells the mean is near 13.
        CountRounding rounding = CountRounding.of("base5", SECRET);
        double mean = IntStream.range(0, 10_000).mapToLong(i -> rounding.rounded("cell-" + i, 13)).average()
                .orElseThrow();

        assertThat(mean).isBetween(12.8, 13.2);
    }

    @Test
    void anotherSecretRoundsOtherwise() {
        CountRounding one = CountRounding.of("base5", SECRET);
        CountRounding other = CountRounding.of("base5", "another-secret-entirely");
        long differing = IntStream.range(0, 1_000).filter(i -> one.rounded("c" + i, 12) != other.rounded("c" + i, 12))
                .count();

        assertThat(differing).isGreaterThan(300);
    }

    @Test
    void refusesAnUnknownModeAndAShortSecret() {
        assertThatThrownBy(() -> CountRounding.of("base10", SECRET)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CountRounding.of("base5", "short")).isInstanceOf(IllegalArgumentException.class);
    }
}
