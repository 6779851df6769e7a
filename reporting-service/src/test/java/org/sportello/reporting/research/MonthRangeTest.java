package org.sportello.reporting.research;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.YearMonth;

import org.junit.jupiter.api.Test;
import org.sportello.platform.problem.DomainException;

class MonthRangeTest {

    @Test
    void readsBothMonths() {
        assertThat(MonthRange.parse("2025-01", "2025-12"))
                .isEqualTo(new MonthRange(YearMonth.of(2025, 1), YearMonth.of(2025, 12)));
    }

    @Test
    void oneMonthIsARange() {
        assertThat(MonthRange.parse("2025-03", "2025-03").from()).isEqualTo(YearMonth.of(2025, 3));
    }

    @Test
    void aMalformedMonthNamesItsField() {
        assertRefused(() -> MonthRange.parse("2025-13", "2025-12"), InvalidMonth.class, "from");
        assertRefused(() -> MonthRange.parse("2025-1", "2025-12"), InvalidMonth.class, "from");
        assertRefused(() -> MonthRange.parse("2025-01", "2025/12"), InvalidMonth.class, "to");
        assertRefused(() -> MonthRange.parse("2025-01", ""), InvalidMonth.class, "to");
        assertRefused(() -> MonthRange.parse("2025-01-01", "2025-12"), InvalidMonth.class, "from");
    }

    @Test
    void toMustNotBeBeforeFrom() {
        assertRefused(() -> MonthRange.parse("2025-02", "2025-01"), InvalidMonthRange.class, "to");
    }

    @Test
    void aRangeIsAtMostTenYears() {
        assertThat(MonthRange.parse("2016-01", "2025-12")).isNotNull();
        assertRefused(() -> MonthRange.parse("2015-12", "2025-12"), InvalidMonthRange.class, "to");
    }

    private static void assertRefused(Runnable parse, Class<? extends DomainException> type, String field) {
        assertThatThrownBy(parse::run).isInstanceOf(type)
                .satisfies(e -> assertThat(((DomainException) e).field()).isEqualTo(field));
    }
}
