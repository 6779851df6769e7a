package org.sportello.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class LocalPostgresTest {

    @Test
    void aDatabaseUrlKeepsTheServerAndItsParameters() {
        assertThat(LocalPostgres.databaseUrl("jdbc:postgresql://127.0.0.1:5432/postgres?ssl=false", "intake"))
                .isEqualTo("jdbc:postgresql://127.0.0.1:5432/intake?ssl=false");
        assertThat(LocalPostgres.databaseUrl("jdbc:postgresql://db:5432", "intake"))
                .isEqualTo("jdbc:postgresql://db:5432/intake");
    }

    @Test
    void databaseNamesAreLowerCaseLettersDigitsAndUnderscores() {
        assertThatThrownBy(() -> LocalPostgres.ensureDatabase("jdbc:postgresql://127.0.0.1:5432/postgres",
                "postgres", "postgres", "Intake; DROP DATABASE postgres"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
