package org.sportello.reporting.research;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SmallCellSuppressionTest {

    private final SmallCellSuppression defaults = new SmallCellSuppression(5);

    @Test
    void zeroIsShown() {
        assertThat(defaults.withholds(0)).isFalse();
        assertThat(defaults.shown(0)).isZero();
    }

    @Test
    void oneToFourAreWithheld() {
        for (long count = 1; count <= 4; count++) {
            assertThat(defaults.withholds(count)).as("count %d", count).isTrue();
            assertThat(defaults.shown(count)).as("count %d", count).isNull();
        }
    }

    @Test
    void theThresholdItselfIsShown() {
        assertThat(defaults.withholds(5)).isFalse();
        assertThat(defaults.shown(5)).isEqualTo(5L);
        assertThat(defaults.shown(1234)).isEqualTo(1234L);
    }

    @Test
    void theThresholdIsConfigurable() {
        SmallCellSuppression ten = new SmallCellSuppression(10);
        assertThat(ten.withholds(9)).isTrue();
        assertThat(ten.withholds(10)).isFalse();
        assertThat(new SmallCellSuppression(1).withholds(1)).isFalse();
    }

    @Test
    void aThresholdBelowOneIsRefused() {
        assertThatThrownBy(() -> new SmallCellSuppression(0)).isInstanceOf(InvalidSuppressionThreshold.class);
    }
}
