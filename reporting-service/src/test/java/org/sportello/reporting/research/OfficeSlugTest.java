package org.sportello.reporting.research;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class OfficeSlugTest {

    @Test
    void anOfficeFilterIsOptional() {
        assertThat(OfficeSlug.requireFilter(null)).isNull();
    }

    @Test
    void anOfficeFilterIsASlugOrAll() {
        assertThat(OfficeSlug.requireFilter("monza-san-rocco")).isEqualTo("monza-san-rocco");
        assertThat(OfficeSlug.requireFilter("all")).isEqualTo("all");
    }

    @Test
    void anythingElseIsRefusedNamingTheField() {
        for (String bad : new String[] {"", "Monza", "monza--centro", "-monza", "monza_centro", "x".repeat(65)}) {
            assertThatThrownBy(() -> OfficeSlug.requireFilter(bad)).as(bad).isInstanceOf(InvalidOfficeId.class)
                    .satisfies(e -> assertThat(((InvalidOfficeId) e).field()).isEqualTo("officeId"));
        }
    }
}
