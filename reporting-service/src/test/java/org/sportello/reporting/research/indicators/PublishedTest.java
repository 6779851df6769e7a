package org.sportello.reporting.research.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.sportello.reporting.research.SmallCellSuppression;
import org.sportello.reporting.research.disclosure.Protection;
import org.sportello.reporting.research.indicators.Registry.Unit;

class PublishedTest {

    private static final SmallCellSuppression FIVE = new SmallCellSuppression(5);
    private static final Unit CENTRO = new Unit(GroupBy.OFFICE, "monza-centro", "Monza Centro");
    private static final List<String> EVERYTHING = List.of("episodes", "careFirstShare", "controlBeforeCareShare",
            "dropOffShare", "daysToCareMedian", "daysToCareP90", "jointInterviewShare", "decentralisedShare");
    // 20 episodes: 7 care first, 6 control before care, 18 ended of which 5 dropped off; 30 contacts, 9 joint;
    // a central office. Days to care 0, 0, 1, 1, 2, 3, 8, 20.
    private static final Counts COUNTS = new Counts(20, 7, 6, 18, 5, 30, 9, 0);
    private static final DaysToCare DAYS = DaysToCare.of(Map.of(0, 2L, 1, 2L, 2, 1L, 3, 1L, 8, 1L, 20, 1L));

    @Test
    void withNothingWithheldEveryValueIsShown() {
        Published published = Published.month("2025-03", CENTRO, COUNTS, DAYS, new Protection(Set.of()), FIVE,
                CountRounding.NONE, "t/");

        // 7/20, 6/20, 5/18 = 0.2777..., median 1.5, P90 11.6, 9/30, 0/20.
        assertThat(published.row()).isEqualTo(new IndicatorsReport.Row("2025-03", "monza-centro", "Monza Centro", 20L,
                new BigDecimal("0.350"), new BigDecimal("0.300"), new BigDecimal("0.278"), new BigDecimal("1.5"),
                new BigDecimal("11.6"), new BigDecimal("0.300"), new BigDecimal("0.000"), List.of()));
    }

    @Test
    void aCellTheSecondarySuppressionWithholdsIsWithheldWithTheSharesOverIt() {
        // The disclosure control withheld the office's episodes (to protect a small office beside it):
        // every share over the episodes goes with it, the drop-off and joint shares stay.
        Protection protection = new Protection(Set.of("2025-03/episodes/office/monza-centro"));

        Published published = Published.month("2025-03", CENTRO, COUNTS, DAYS, protection, FIVE, CountRounding.NONE,
                "t/");

        assertThat(published.row()).isEqualTo(new IndicatorsReport.Row("2025-03", "monza-centro", "Monza Centro", null,
                null, null, new BigDecimal("0.278"), new BigDecimal("1.5"), new BigDecimal("11.6"),
                new BigDecimal("0.300"), null, List.of("episodes", "careFirstShare", "controlBeforeCareShare",
                "decentralisedShare")));
    }

    @Test
    void aShareIsWithheldWhenItsNumeratorItsComplementOrItsNumeratorsCellIsWithheld() {
        // care first 3 of 20 (numerator small); control before care 17 of 20 (complement 3); the drop-off
        // numerator's cell withheld by the protection although 5 is not small.
        Counts counts = new Counts(20, 3, 17, 18, 5, 30, 9, 0);
        Protection protection = new Protection(Set.of("2025-03/dropOff/office/monza-centro"));

        Published published = Published.month("2025-03", CENTRO, counts, DAYS, protection, FIVE, CountRounding.NONE,
                "t/");

        assertThat(published.row().suppressed()).containsExactly("careFirstShare", "controlBeforeCareShare",
                "dropOffShare");
        assertThat(published.row().jointInterviewShare()).isEqualTo(new BigDecimal("0.300"));
    }

    @Test
    void zeroIsShownAndAShareOfNothingIsNullButNotWithheld() {
        Published published = Published.month("2025-04", CENTRO, Counts.NONE, DaysToCare.NONE,
                new Protection(Set.of()), FIVE, CountRounding.NONE, "t/");

        assertThat(published.row()).isEqualTo(new IndicatorsReport.Row("2025-04", "monza-centro", "Monza Centro", 0L,
                null, null, null, null, null, null, null, List.of()));
    }

    @Test
    void aFewEpisodesWithholdEverythingAndTheirMedian() {
        Protection primary = new Protection(Set.of("2025-05/episodes/office/monza-centro",
                "2025-05/careFirst/office/monza-centro", "2025-05/ended/office/monza-centro",
                "2025-05/contacts/office/monza-centro"));

        Published published = Published.month("2025-05", CENTRO, new Counts(3, 3, 0, 3, 0, 3, 0, 0),
                DaysToCare.of(Map.of(1, 3L)), primary, FIVE, CountRounding.NONE, "t/");

        assertThat(published.row().suppressed()).containsExactlyElementsOf(EVERYTHING);
        assertThat(published.episodes()).isNull();
    }

    @Test
    void aPeriodShowsACountOnlyWhenEveryMonthShowsIt() {
        Published march = Published.month("2025-03", CENTRO, COUNTS, DAYS, new Protection(Set.of()), FIVE,
                CountRounding.NONE, "t/");
        Published april = Published.month("2025-04", CENTRO, new Counts(10, 5, 0, 10, 0, 10, 5, 0),
                DaysToCare.of(Map.of(4, 5L)), new Protection(Set.of()), FIVE, CountRounding.NONE, "t/");
        Published may = Published.month("2025-05", CENTRO, new Counts(3, 3, 0, 3, 0, 3, 0, 0),
                DaysToCare.of(Map.of(1, 3L)), new Protection(Set.of("2025-05/episodes/office/monza-centro")), FIVE,
                CountRounding.NONE, "t/");

        // March and April: 30 episodes, 12 care first (0.400), 6 control before care (0.200), 5 of 28 ended
        // dropped off (0.179), 14 of 40 contacts joint (0.350), none decentralised; days 0 0 1 1 2 3 4 4 4 4 4 8 20:
        // median 4.0, P90 rank 10.8 = 4 + 0.8 * 4 = 7.2.
        assertThat(Published.period(CENTRO, List.of(march, april), FIVE).row()).isEqualTo(new IndicatorsReport.Row(
                null, "monza-centro", "Monza Centro", 30L, new BigDecimal("0.400"), new BigDecimal("0.200"),
                new BigDecimal("0.179"), new BigDecimal("4.0"), new BigDecimal("7.2"), new BigDecimal("0.350"),
                new BigDecimal("0.000"), List.of()));
        // With May, whose episodes are withheld: the period's episodes and the shares over them are too.
        assertThat(Published.period(CENTRO, List.of(march, april, may), FIVE).row().suppressed()).containsExactly(
                "episodes", "careFirstShare", "controlBeforeCareShare", "dropOffShare", "jointInterviewShare",
                "decentralisedShare");
    }

    @Test
    void roundedCountsAreMultiplesOf5AndSharesAreOfRoundedCounts() {
        CountRounding base5 = CountRounding.of("base5", "a-test-secret-of-some-length");

        Published published = Published.month("2025-03", CENTRO, COUNTS, DAYS, new Protection(Set.of()), FIVE, base5,
                "t/");

        assertThat(published.episodes()).isEqualTo(20L);
        Published.Fraction careFirst = published.shares().get(Share.CARE_FIRST);
        assertThat(careFirst.numerator()).isIn(5L, 10L);
        assertThat(published.row().careFirstShare()).isEqualByComparingTo(
                BigDecimal.valueOf(careFirst.numerator()).divide(BigDecimal.valueOf(20), 3,
                        java.math.RoundingMode.HALF_UP));
    }
}
