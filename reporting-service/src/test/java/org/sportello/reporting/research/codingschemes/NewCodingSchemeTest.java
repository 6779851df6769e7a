package org.sportello.reporting.research.codingschemes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.Period;
import java.util.List;

import org.junit.jupiter.api.Test;

/** What a new coding scheme must be before anything is written; each refusal names its field. */
class NewCodingSchemeTest {

    private static final Instant NOW = Instant.parse("2026-12-03T10:00:00Z");
    private static final List<String> CARE = List.of("ORIENTATION", "TAKEN_IN_CHARGE");
    private static final List<String> CONTROL = List.of("DOCUMENTS_REQUESTED");

    @Test
    void aValidSchemeIsStoredComputingWithWhoWroteItAndWhen() {
        CodingScheme scheme = new NewCodingScheme(CARE, CONTROL, "P60D", " Because. ").validate("v2", NOW, "admin-1");

        assertThat(scheme).isEqualTo(new CodingScheme("v2", CARE, CONTROL, Period.ofDays(60), "Because.", NOW,
                "admin-1", CodingScheme.State.COMPUTING, null));
    }

    @Test
    void aCodeListedTwiceCountsOnce() {
        CodingScheme scheme = new NewCodingScheme(List.of("ORIENTATION", "ORIENTATION"), List.of(), "P90D", "r")
                .validate("v2", NOW, "admin-1");

        assertThat(scheme.care()).containsExactly("ORIENTATION");
    }

    @Test
    void weeksAreDays() {
        assertThat(new NewCodingScheme(CARE, CONTROL, "P12W", "r").validate("v2", NOW, "a").window())
                .isEqualTo(Period.ofDays(84));
    }

    @Test
    void theVersionIsASlug() {
        assertRefused(new NewCodingScheme(CARE, CONTROL, "P90D", "r"), "V2!", "version");
        assertRefused(new NewCodingScheme(CARE, CONTROL, "P90D", "r"), "-v2", "version");
        assertRefused(new NewCodingScheme(CARE, CONTROL, "P90D", "r"), "v".repeat(33), "version");
    }

    @Test
    void anUnknownOutcomeCodeIsRefused() {
        assertRefused(new NewCodingScheme(List.of("ORIENTATION", "HUGS"), CONTROL, "P90D", "r"), "v2", "care");
        assertRefused(new NewCodingScheme(CARE, List.of("orientation"), "P90D", "r"), "v2", "control");
    }

    @Test
    void careMayNotBeEmpty() {
        assertRefused(new NewCodingScheme(List.of(), CONTROL, "P90D", "r"), "v2", "care");
        assertRefused(new NewCodingScheme(null, CONTROL, "P90D", "r"), "v2", "care");
    }

    @Test
    void aCodeIsCareOrControlNotBoth() {
        assertRefused(new NewCodingScheme(CARE, List.of("ORIENTATION"), "P90D", "r"), "v2", "control");
    }

    @Test
    void theWindowIsOneTo365Days() {
        for (String window : new String[] {"P0D", "P366D", "P1M", "P1Y", "90", "", null, "P-5D"}) {
            assertRefused(new NewCodingScheme(CARE, CONTROL, window, "r"), "v2", "window");
        }
        assertThat(new NewCodingScheme(CARE, CONTROL, "P365D", "r").validate("v2", NOW, "a").window())
                .isEqualTo(Period.ofDays(365));
    }

    @Test
    void reasonsAreNeededAndBounded() {
        assertRefused(new NewCodingScheme(CARE, CONTROL, "P90D", "  "), "v2", "reasons");
        assertRefused(new NewCodingScheme(CARE, CONTROL, "P90D", null), "v2", "reasons");
        assertRefused(new NewCodingScheme(CARE, CONTROL, "P90D", "x".repeat(NewCodingScheme.MAX_REASONS + 1)), "v2",
                "reasons");
    }

    private static void assertRefused(NewCodingScheme scheme, String version, String field) {
        assertThatThrownBy(() -> scheme.validate(version, NOW, "admin-1"))
                .isInstanceOfSatisfying(InvalidCodingScheme.class, refusal -> {
                    assertThat(refusal.field()).isEqualTo(field);
                    assertThat(refusal.typeSlug()).isEqualTo(InvalidCodingScheme.TYPE);
                });
    }
}
