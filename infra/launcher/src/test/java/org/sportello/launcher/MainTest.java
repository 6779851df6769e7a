package org.sportello.launcher;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MainTest {

    @Test
    void readsOldAndNewJavaVersionSchemes() {
        assertThat(Main.feature("1.8")).isEqualTo(8);
        assertThat(Main.feature("11")).isEqualTo(11);
        assertThat(Main.feature("17")).isEqualTo(17);
        assertThat(Main.feature("25")).isEqualTo(25);
    }
}
