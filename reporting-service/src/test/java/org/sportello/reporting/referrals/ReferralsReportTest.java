package org.sportello.reporting.referrals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.sportello.reporting.referrals.ReferralsReport.Row;
import org.sportello.reporting.referrals.ReferralsTables.Cell;
import org.sportello.reporting.referrals.ReferralsTables.DeskCounts;
import org.sportello.reporting.referrals.ReferralsTables.Funnel;
import org.sportello.reporting.research.MonthRange;
import org.sportello.reporting.research.SmallCellSuppression;

class ReferralsReportTest {

    private static final SmallCellSuppression FIVE = new SmallCellSuppression(5);
    private static final Cell MARCH_HOUSING = new Cell("2025-03", "HOUSING");

    @Test
    void everyServiceTypeHasARowForEveryMonthFromItsFirstOnByMonthThenTheContractsOrder() {
        Map<String, YearMonth> types = new LinkedHashMap<>();
        types.put("OTHER", YearMonth.of(2024, 6));
        types.put("ADDICTIONS", YearMonth.of(2025, 2));
        types.put("HOUSING", YearMonth.of(2025, 3));

        ReferralsReport report = ReferralsReport.of(MonthRange.parse("2025-01", "2025-03"), types, Map.of(), FIVE);

        assertThat(report.rows()).extracting(Row::month, Row::serviceType).containsExactly(
                tuple("2025-01", "OTHER"), tuple("2025-02", "ADDICTIONS"), tuple("2025-02", "OTHER"),
                tuple("2025-03", "ADDICTIONS"), tuple("2025-03", "HOUSING"), tuple("2025-03", "OTHER"));
        assertThat(report.rows().get(0)).isEqualTo(new Row("2025-01", "OTHER", 0L, 0L, 0L,
                new RejectedByReason(0L, 0L, 0L, 0L, 0L), 0L, 0L, 0L, null, List.of()));
        assertThat(report.threshold()).isEqualTo(5);
    }

    @Test
    void countsAtOrAboveTheThresholdAndTheMedianOfEnoughAnswersAreShown() {
        Funnel funnel = new Funnel(20, 12, 8, List.of(0L, 8L, 0L, 0L, 0L), 10, 0, 6, 20, new BigDecimal("4.5"));

        Row row = ReferralsReport.row(MARCH_HOUSING, funnel, FIVE);

        assertThat(row).isEqualTo(new Row("2025-03", "HOUSING", 20L, 12L, 8L, new RejectedByReason(0L, 8L, 0L, 0L, 0L),
                10L, 0L, 6L, new BigDecimal("4.5"), List.of()));
    }

    @Test
    void smallCountsEachReasonOnItsOwnAndTheMedianOfFewAnswersAreWithheldAndNamed() {
        Funnel funnel = new Funnel(9, 5, 4, List.of(1L, 3L, 0L, 0L, 0L), 0, 2, 1, 9, new BigDecimal("3.0"));

        Row row = ReferralsReport.row(MARCH_HOUSING, funnel, FIVE);

        assertThat(row).isEqualTo(new Row("2025-03", "HOUSING", 9L, 5L, null,
                new RejectedByReason(null, null, 0L, 0L, 0L), 0L, null, null, new BigDecimal("3.0"),
                List.of("rejected", "rejectedByReason.NOT_COMPETENT", "rejectedByReason.NO_CAPACITY", "withdrawn",
                        "overdue")));
        // Four answers: their median would tell each of the four the others' times.
        assertThat(ReferralsReport.row(MARCH_HOUSING, new Funnel(6, 4, 0, List.of(0L, 0L, 0L, 0L, 0L), 0, 0, 0, 4,
                new BigDecimal("2.0")), FIVE).suppressed()).containsExactly("accepted", "answerDaysMedian");
    }

    @Test
    void aSmallReasonBesideAShownTotalTakesTheNextSmallestReasonWithIt() {
        // 12 rejections shown: NOT_COMPETENT's 2 alone withheld would be 12 - 10 - 0 - 0 - 0.
        Funnel funnel = new Funnel(30, 10, 12, List.of(2L, 10L, 0L, 0L, 0L), 5, 5, 5, 22, new BigDecimal("3.0"));

        Row row = ReferralsReport.row(MARCH_HOUSING, funnel, FIVE);

        assertThat(row.rejected()).isEqualTo(12L);
        assertThat(row.rejectedByReason()).isEqualTo(new RejectedByReason(null, null, 0L, 0L, 0L));
        assertThat(row.suppressed()).containsExactly("rejectedByReason.NOT_COMPETENT", "rejectedByReason.NO_CAPACITY");
    }

    @Test
    void twoSmallReasonsWhoseSumIsNotSmallNeedNoThird() {
        Funnel funnel = new Funnel(30, 10, 14, List.of(2L, 3L, 9L, 0L, 0L), 5, 5, 5, 24, new BigDecimal("3.0"));

        Row row = ReferralsReport.row(MARCH_HOUSING, funnel, FIVE);

        assertThat(row.rejectedByReason()).isEqualTo(new RejectedByReason(null, null, 9L, 0L, 0L));
    }

    @Test
    void noAnswerYetIsANullMedianNotAWithheldOne() {
        Row row = ReferralsReport.row(MARCH_HOUSING, new Funnel(7, 0, 0, List.of(0L, 0L, 0L, 0L, 0L), 0, 0, 7, 0, null),
                FIVE);

        assertThat(row.answerDaysMedian()).isNull();
        assertThat(row.suppressed()).isEmpty();
    }

    @Test
    void theFunnelsLargestReportIsEveryServiceTypeForTheLongestRange() {
        assertThat(ReferralsReport.MAX_ROWS).isEqualTo(MonthRange.MAX_MONTHS * ReferralFacts.SERVICE_TYPES.size());
    }

    @Test
    void theCsvHasTheJsonsRowsWithWithheldCellsEmpty() {
        ReferralsReport report = new ReferralsReport(5, List.of(ReferralsReport.row(MARCH_HOUSING,
                new Funnel(9, 5, 4, List.of(1L, 3L, 0L, 0L, 0L), 0, 2, 1, 9, new BigDecimal("3.5")), FIVE)));

        assertThat(new ReferralsCsv().text(report)).isEqualTo(ReferralsCsv.HEADER + "\r\n"
                + "2025-03,HOUSING,9,5,,,,0,0,0,0,,,3.5,"
                + "rejected;rejectedByReason.NOT_COMPETENT;rejectedByReason.NO_CAPACITY;withdrawn;overdue\r\n");
    }

    @Test
    void deskReferralsHaveARowPerDistrictAndMonthFromItsFirstWithSmallCountsWithheld() {
        Map<String, YearMonth> districts = Map.of("est-milano", YearMonth.of(2025, 1), "alto-milanese",
                YearMonth.of(2025, 2));
        MonthRange range = MonthRange.parse("2025-01", "2025-02");

        DeskReferralsReport report = DeskReferralsReport.of(range, districts,
                Map.of(new Cell("2025-02", "est-milano"), new DeskCounts(7, 3)), FIVE);

        assertThat(report.rows()).containsExactly(
                new DeskReferralsReport.Row("2025-01", "est-milano", 0L, 0L, List.of()),
                new DeskReferralsReport.Row("2025-02", "alto-milanese", 0L, 0L, List.of()),
                new DeskReferralsReport.Row("2025-02", "est-milano", 7L, null, List.of("acknowledged")));
        assertThat(DeskReferralsReport.rows(range, districts)).isEqualTo(3);
        assertThat(new DeskReferralsCsv().text(report)).endsWith("2025-02,est-milano,7,,acknowledged\r\n");
    }
}
