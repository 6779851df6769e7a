package org.sportello.reporting.research.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.sportello.contracts.intake.v1.Channel;
import org.sportello.contracts.intake.v1.UserArea;

class CodesTest {

    @Test
    void theFiltersCodesAreTheContractsCodes() {
        assertThat(Codes.CHANNELS).containsExactlyElementsOf(Arrays.stream(Channel.values()).map(Enum::name).toList());
        assertThat(Codes.USER_AREAS).containsExactlyElementsOf(
                Arrays.stream(UserArea.values()).map(Enum::name).toList());
    }
}
