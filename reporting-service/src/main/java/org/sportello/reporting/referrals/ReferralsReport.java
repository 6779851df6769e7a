package org.sportello.reporting.referrals;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;

import org.sportello.reporting.referrals.ReferralsTables.Cell;
import org.sportello.reporting.referrals.ReferralsTables.Funnel;
import org.sportello.reporting.research.MonthRange;
import org.sportello.reporting.research.SmallCellSuppression;
import org.sportello.reporting.research.WithheldCells;

/**
 * The referral funnel as researchers see it: per month of sending and provider service type, what
 * became of the referrals; no ids, small counts withheld.
 *
 * @param threshold the suppression threshold: counts from 1 to {@code threshold - 1} are withheld
 * @param rows      one per service type and month from the type's first month on, by month, then
 *                  service type in the contract's order
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record ReferralsReport(
        @Schema(minimum = "1", maximum = "2147483647") int threshold,
        @ArraySchema(maxItems = ReferralsReport.MAX_ROWS) List<Row> rows) {

    /** ServiceType's codes in the contract, which a version never changes (a test holds them equal). */
    static final int SERVICE_TYPE_COUNT = 11;
    /** Every service type for the longest range: the most rows a report can have, so none is refused. */
    public static final int MAX_ROWS = MonthRange.MAX_MONTHS * SERVICE_TYPE_COUNT;

    static final String SENT = "sent";
    static final String ACCEPTED = "accepted";
    static final String REJECTED = "rejected";
    static final String REJECTED_BY_REASON = "rejectedByReason";
    static final String COMPLETED = "completed";
    static final String WITHDRAWN = "withdrawn";
    static final String OVERDUE = "overdue";
    static final String ANSWER_DAYS_MEDIAN = "answerDaysMedian";

    static final String MONTH_PATTERN = "^[0-9]{4}-(0[1-9]|1[0-2])$";
    static final String LARGEST_COUNT = "9223372036854775807";
    /** Ten thousand years, in days: more than any answer between the years 0001 and 9999 takes. */
    static final String LONGEST_ANSWER_DAYS = "3660000";

    /**
     * Every referral counts in the month it was sent (Europe/Rome), whenever what befell it
     * happened: a row is what became of that month's referrals, as far as known today. A withheld
     * value is null, written out as null rather than left out, and named in {@code suppressed}.
     *
     * @param sent             referrals sent to a provider of this type in the month
     * @param accepted         of them, accepted (also after their deadline)
     * @param rejected         of them, rejected
     * @param rejectedByReason the rejections by reason
     * @param completed        of them, completed with an outcome
     * @param withdrawn        of them, withdrawn by the office or stopped by the citizen withdrawing consent
     * @param overdue          of them, ever overdue: not answered by their deadline, answered later or not
     * @param answerDaysMedian the median of the calendar days (Europe/Rome) from sending to the first
     *                         answer, of those answered; null when none was
     * @param suppressed       the names of the values withheld, in the order of the fields
     */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    @Schema(name = "ReferralsRow")
    public record Row(
            @Schema(minLength = 7, maxLength = 7, pattern = MONTH_PATTERN) String month,
            @Schema(allowableValues = {"MINORS_PROTECTION", "ADDICTIONS", "MENTAL_HEALTH", "DISABILITY",
                    "ELDERLY_CARE", "EMPLOYMENT_CENTRE", "HOUSING", "FOOD_AND_BASIC_NEEDS", "LEGAL_AND_TAX_HELP",
                    "DIGITAL_FACILITATION", "OTHER"}) String serviceType,
            @Schema(types = {"integer", "null"}, format = "int64", minimum = "0", maximum = LARGEST_COUNT) Long sent,
            @Schema(types = {"integer", "null"}, format = "int64", minimum = "0", maximum = LARGEST_COUNT) Long accepted,
            @Schema(types = {"integer", "null"}, format = "int64", minimum = "0", maximum = LARGEST_COUNT) Long rejected,
            RejectedByReason rejectedByReason,
            @Schema(types = {"integer", "null"}, format = "int64", minimum = "0", maximum = LARGEST_COUNT) Long completed,
            @Schema(types = {"integer", "null"}, format = "int64", minimum = "0", maximum = LARGEST_COUNT) Long withdrawn,
            @Schema(types = {"integer", "null"}, format = "int64", minimum = "0", maximum = LARGEST_COUNT) Long overdue,
            @Schema(types = {"number", "null"}, minimum = "0", maximum = LONGEST_ANSWER_DAYS) BigDecimal answerDaysMedian,
            @ArraySchema(maxItems = 12, uniqueItems = true, schema = @Schema(allowableValues = {SENT, ACCEPTED,
                    REJECTED, "rejectedByReason.NOT_COMPETENT", "rejectedByReason.NO_CAPACITY",
                    "rejectedByReason.NOT_ELIGIBLE", "rejectedByReason.DUPLICATE", "rejectedByReason.OTHER",
                    COMPLETED, WITHDRAWN, OVERDUE, ANSWER_DAYS_MEDIAN}))
            List<String> suppressed) {
    }

    /**
     * A row for every month of {@code range} from each service type's first month on, even with
     * nothing sent, ordered by month, then service type in the contract's order.
     */
    static ReferralsReport of(MonthRange range, Map<String, YearMonth> serviceTypes, Map<Cell, Funnel> funnel,
                              SmallCellSuppression suppression) {
        List<Row> rows = new ArrayList<>();
        range.months().forEach(month -> ReferralFacts.SERVICE_TYPES.stream()
                .filter(type -> serviceTypes.containsKey(type) && !serviceTypes.get(type).isAfter(month))
                .forEach(type -> {
                    Cell cell = new Cell(month.toString(), type);
                    rows.add(row(cell, funnel.getOrDefault(cell, Funnel.NONE), suppression));
                }));
        return new ReferralsReport(suppression.threshold(), List.copyOf(rows));
    }

    static Row row(Cell cell, Funnel funnel, SmallCellSuppression suppression) {
        WithheldCells cells = suppression.row();
        Long sent = cells.count(SENT, funnel.sent());
        Long accepted = cells.count(ACCEPTED, funnel.accepted());
        Long rejected = cells.count(REJECTED, funnel.rejected());
        // The reasons add up to the rejections shown beside them: one withheld reason alone would be
        // their difference, so its smallest neighbour goes with it.
        List<Long> byReason = cells.parts(ReferralFacts.REJECTION_REASONS.stream().map(RejectedByReason::suppressedName)
                .toList(), funnel.rejectedByReason(), rejected);
        Long completed = cells.count(COMPLETED, funnel.completed());
        Long withdrawn = cells.count(WITHDRAWN, funnel.withdrawn());
        Long overdue = cells.count(OVERDUE, funnel.overdue());
        // A median of fewer answers than the threshold tells each of them the others' times.
        BigDecimal median = cells.derived(ANSWER_DAYS_MEDIAN, funnel.answered(), funnel.answerDaysMedian());
        return new Row(cell.month(), cell.of(), sent, accepted, rejected, RejectedByReason.of(byReason), completed,
                withdrawn, overdue, median, cells.withheld());
    }
}
