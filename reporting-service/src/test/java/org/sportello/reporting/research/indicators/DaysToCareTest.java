package org.sportello.reporting.research.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Map;

import org.junit.jupiter.api.Test;

class DaysToCareTest {

    @Test
    void theMedianAndP90InterpolateAsPercentileContDoes() {
        // 0, 0, 1, 1, 2, 3, 8, 20: the median is between ranks 3 and 4, (1 + 2) / 2 = 1.5; the P90 is at
        // rank 0.9 * 7 = 6.3, 8 + 0.3 * (20 - 8) = 11.6.
        DaysToCare days = DaysToCare.of(Map.of(0, 2L, 1, 2L, 2, 1L, 3, 1L, 8, 1L, 20, 1L));

        assertThat(days.basis()).isEqualTo(8);
        assertThat(days.percentile(0.5)).isEqualTo(new BigDecimal("1.5"));
        assertThat(days.percentile(0.9)).isEqualTo(new BigDecimal("11.6"));
    }

    @Test
    void aMunicipalitysMedianIsOverItsOfficesEpisodesTogether() {
        // 0, 0, 1, 1, 2, 3, 8, 20 and 1, 1, 2, 4, 6: thirteen, sorted 0 0 1 1 1 1 2 2 3 4 6 8 20; the median is
        // rank 6, 2; the P90 rank 10.8, 6 + 0.8 * (8 - 6) = 7.6. The median of the two medians (1.5, 2) would not be.
        DaysToCare centro = DaysToCare.of(Map.of(0, 2L, 1, 2L, 2, 1L, 3, 1L, 8, 1L, 20, 1L));
        DaysToCare rocco = DaysToCare.of(Map.of(1, 2L, 2, 1L, 4, 1L, 6, 1L));

        DaysToCare monza = centro.plus(rocco);

        assertThat(monza.basis()).isEqualTo(13);
        assertThat(monza.percentile(0.5)).isEqualTo(new BigDecimal("2.0"));
        assertThat(monza.percentile(0.9)).isEqualTo(new BigDecimal("7.6"));
    }

    @Test
    void noEpisodeHasNoMedian() {
        assertThat(DaysToCare.NONE.percentile(0.5)).isNull();
        assertThat(DaysToCare.of(Map.of(4, 1L)).percentile(0.9)).isEqualTo(new BigDecimal("4.0"));
    }
}
