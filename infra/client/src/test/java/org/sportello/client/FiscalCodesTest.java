package org.sportello.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Random;

import org.junit.jupiter.api.Test;

class FiscalCodesTest {

    @Test
    void checkCharacterMatchesThePublishedExample() {
        assertThat(FiscalCodes.checkCharacter("RSSMRA80A01H501")).isEqualTo('U');
    }

    @Test
    void womenHaveFortyAddedToTheDayOfBirth() {
        String code = FiscalCodes.generate(new Random(1), LocalDate.of(1985, 12, 15), 'F', "F704");
        assertThat(code).hasSize(16).contains("85T55F704");
        assertThat(code.charAt(15)).isEqualTo(FiscalCodes.checkCharacter(code.substring(0, 15)));
    }
}
