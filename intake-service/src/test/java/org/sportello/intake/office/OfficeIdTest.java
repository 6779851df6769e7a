package org.sportello.intake.office;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class OfficeIdTest {

    @Test
    void newIdIsALowercaseSlug() {
        assertThat(OfficeId.of("monza-san-rocco").value()).isEqualTo("monza-san-rocco");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Monza San Rocco", "monza--san-rocco", "-monza", "monza-", ""})
    void newIdOfAnotherShapeIsRefused(String id) {
        assertThatThrownBy(() -> OfficeId.of(id)).isInstanceOf(InvalidOfficeId.class);
    }

    @Test
    void newIdLongerThan64CharactersIsRefused() {
        assertThatThrownBy(() -> OfficeId.of("a".repeat(65))).isInstanceOf(InvalidOfficeId.class);
    }

    @Test
    void allIsReservedForReports() {
        assertThatThrownBy(() -> OfficeId.of("all")).isInstanceOf(InvalidOfficeId.class);
    }

    @Test
    void storedIdOfAnotherShapeIsTakenAsItWasButIsNotWellFormed() {
        OfficeId stored = new OfficeId("Monza San Rocco");

        assertThat(stored.value()).isEqualTo("Monza San Rocco");
        assertThat(stored.isWellFormed()).isFalse();
        assertThat(OfficeId.of("monza-san-rocco").isWellFormed()).isTrue();
    }
}
