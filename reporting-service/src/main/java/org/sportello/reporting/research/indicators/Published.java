package org.sportello.reporting.research.indicators;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.sportello.reporting.research.SmallCellSuppression;
import org.sportello.reporting.research.disclosure.Protection;
import org.sportello.reporting.research.indicators.Registry.Unit;

/**
 * One unit's indicators for one month (or a period) as published, with the counts behind each
 * share as far as they are published (a shown share publishes its numerator and denominator), so
 * that a period can be computed from nothing but what the months publish.
 *
 * @param episodes the episodes as published; null when withheld
 * @param shares   each share's numerator and denominator as published; absent when withheld
 */
record Published(IndicatorsReport.Row row, Long episodes, Map<Share, Fraction> shares, DaysToCare days) {

    /** A numerator over a denominator, both as published (rounded, when counts are rounded). */
    record Fraction(long numerator, long denominator) {

        Fraction plus(Fraction other) {
            return new Fraction(numerator + other.numerator, denominator + other.denominator);
        }
    }

    /**
     * A month's row for {@code unit}: a count withheld when the protection withholds its cell; a
     * share withheld when its numerator's, denominator's or complement's cell is, or when any of the
     * three is from 1 to threshold − 1; a median or P90 withheld when fewer than threshold episodes
     * reached care.
     *
     * @param table names the table and its filters in the seeds of the rounding, so that the same
     *              cell of two differently filtered tables rounds independently
     */
    static Published month(String month, Unit unit, Counts counts, DaysToCare days, Protection protection,
                           SmallCellSuppression threshold, CountRounding rounding, String table) {
        List<String> withheld = new ArrayList<>();
        Long episodes = protection.withholds(unit.cell(month, Measure.EPISODES.cell())) ? null
                : rounding.rounded(table + unit.cell(month, Measure.EPISODES.cell()), counts.episodes());
        if (episodes == null) {
            withheld.add(IndicatorsReport.EPISODES);
        }
        Map<Share, Fraction> fractions = new EnumMap<>(Share.class);
        Map<Share, BigDecimal> values = new EnumMap<>(Share.class);
        for (Share share : Share.values()) {
            long numerator = counts.get(share.numerator());
            long denominator = counts.get(share.denominator());
            if (denominator == 0) {
                // Nothing to share out: no value, and nothing withheld.
                fractions.put(share, new Fraction(0, 0));
                continue;
            }
            boolean hidden = protection.withholds(unit.cell(month, share.numerator().cell()))
                    || protection.withholds(unit.cell(month, share.denominator().cell()))
                    || protection.withholds(unit.cell(month, share.complementCell()))
                    || small(threshold, numerator, denominator);
            if (hidden) {
                withheld.add(share.field());
                continue;
            }
            Fraction fraction = new Fraction(
                    rounding.rounded(table + unit.cell(month, share.numerator().cell()), numerator),
                    rounding.rounded(table + unit.cell(month, share.denominator().cell()), denominator));
            fractions.put(share, fraction);
            values.put(share, value(fraction, withheld, share));
        }
        return new Published(row(month, unit, episodes, values, days, threshold, withheld), episodes, fractions, days);
    }

    /**
     * The period of a comparison from its months as published: a count is the sum of the months'
     * published counts, and withheld when any month withholds it, so a period shows nothing that the
     * months together do not already show (two periods that overlap cannot be differenced into a
     * withheld month). Medians are over the period's episodes together.
     */
    static Published period(Unit unit, List<Published> months, SmallCellSuppression threshold) {
        List<String> withheld = new ArrayList<>();
        Long episodes = 0L;
        DaysToCare days = DaysToCare.NONE;
        for (Published month : months) {
            episodes = episodes == null || month.episodes() == null ? null : episodes + month.episodes();
            days = days.plus(month.days());
        }
        if (episodes == null) {
            withheld.add(IndicatorsReport.EPISODES);
        }
        Map<Share, Fraction> fractions = new EnumMap<>(Share.class);
        Map<Share, BigDecimal> values = new EnumMap<>(Share.class);
        for (Share share : Share.values()) {
            Fraction sum = new Fraction(0, 0);
            for (Published month : months) {
                Fraction fraction = month.shares().get(share);
                sum = sum == null || fraction == null ? null : sum.plus(fraction);
            }
            if (sum == null || (sum.denominator() > 0 && small(threshold, sum.numerator(), sum.denominator()))) {
                withheld.add(share.field());
                continue;
            }
            fractions.put(share, sum);
            if (sum.denominator() > 0) {
                values.put(share, value(sum, withheld, share));
            }
        }
        return new Published(row(null, unit, episodes, values, days, threshold, withheld), episodes, fractions, days);
    }

    private static boolean small(SmallCellSuppression threshold, long numerator, long denominator) {
        return threshold.withholds(numerator) || threshold.withholds(denominator)
                || threshold.withholds(denominator - numerator);
    }

    private static BigDecimal value(Fraction fraction, List<String> withheld, Share share) {
        if (fraction.denominator() == 0) {
            // Only when rounding took a small denominator to 0: the share exists but is not shown.
            withheld.add(share.field());
            return null;
        }
        BigDecimal share3 = BigDecimal.valueOf(fraction.numerator())
                .divide(BigDecimal.valueOf(fraction.denominator()), 3, RoundingMode.HALF_UP);
        // Rounded counts may put the numerator above the denominator.
        return share3.min(BigDecimal.ONE.setScale(3));
    }

    private static IndicatorsReport.Row row(String month, Unit unit, Long episodes, Map<Share, BigDecimal> values,
                                            DaysToCare days, SmallCellSuppression threshold, List<String> withheld) {
        BigDecimal median = null;
        BigDecimal p90 = null;
        long basis = days.basis();
        if (threshold.withholds(basis)) {
            // A median of a few waits tells each of them the others'.
            withheld.add(IndicatorsReport.DAYS_TO_CARE_MEDIAN);
            withheld.add(IndicatorsReport.DAYS_TO_CARE_P90);
        } else if (basis > 0) {
            median = days.percentile(0.5);
            p90 = days.percentile(0.9);
        }
        List<String> order = List.of(IndicatorsReport.EPISODES, Share.CARE_FIRST.field(),
                Share.CONTROL_BEFORE_CARE.field(), Share.DROP_OFF.field(), IndicatorsReport.DAYS_TO_CARE_MEDIAN,
                IndicatorsReport.DAYS_TO_CARE_P90, Share.JOINT_INTERVIEW.field(), Share.DECENTRALISED.field());
        List<String> suppressed = order.stream().filter(withheld::contains).toList();
        return new IndicatorsReport.Row(month, unit.id(), unit.name(), episodes, values.get(Share.CARE_FIRST),
                values.get(Share.CONTROL_BEFORE_CARE), values.get(Share.DROP_OFF), median, p90,
                values.get(Share.JOINT_INTERVIEW), values.get(Share.DECENTRALISED), suppressed);
    }
}
