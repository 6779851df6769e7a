package org.sportello.reporting.monthlyusers;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.sportello.reporting.monthlyusers.MonthlyUsersReport.Row;
import org.sportello.reporting.research.SmallCellSuppression;

import tools.jackson.databind.json.JsonMapper;

class MonthlyUsersReportTest {

    private static final SmallCellSuppression THRESHOLD_5 = new SmallCellSuppression(5);

    @Test
    void countsAtOrAboveTheThresholdAndZeroAreShown() {
        MonthlyUsersReport report = MonthlyUsersReport.of(
                List.of(new MonthlyCounts("2025-01", "monza-centro", 5, 12, 0)), THRESHOLD_5);

        assertThat(report.threshold()).isEqualTo(5);
        assertThat(report.rows()).containsExactly(new Row("2025-01", "monza-centro", 5L, 12L, 0L, List.of()));
    }

    @Test
    void countsFromOneToFourAreWithheldAndNamed() {
        MonthlyUsersReport report = MonthlyUsersReport.of(List.of(
                new MonthlyCounts("2025-01", "monza-centro", 1, 4, 3),
                new MonthlyCounts("2025-01", "all", 4, 9, 0)), THRESHOLD_5);

        assertThat(report.rows()).containsExactly(
                new Row("2025-01", "monza-centro", null, null, null,
                        List.of("citizens", "contacts", "anonymousContacts")),
                new Row("2025-01", "all", null, 9L, 0L, List.of("citizens")));
    }

    @Test
    void withheldCountsAreWrittenAsNullNotLeftOut() {
        MonthlyUsersReport report = MonthlyUsersReport.of(
                List.of(new MonthlyCounts("2025-01", "monza-centro", 2, 7, 5)), THRESHOLD_5);

        assertThat(JsonMapper.builder().build().writeValueAsString(report)).isEqualTo("""
                {"threshold":5,"rows":[{"month":"2025-01","officeId":"monza-centro","citizens":null,"contacts":7,\
                "anonymousContacts":5,"suppressed":["citizens"]}]}""");
    }
}
