package org.sportello.reporting.referrals;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;

import org.sportello.reporting.referrals.ReferralsTables.Cell;
import org.sportello.reporting.referrals.ReferralsTables.DeskCounts;
import org.sportello.reporting.research.MonthRange;
import org.sportello.reporting.research.OfficeSlug;
import org.sportello.reporting.research.SmallCellSuppression;
import org.sportello.reporting.research.WithheldCells;

/**
 * Partner desks' referrals to the secretariat as researchers see them: per district and month of
 * sending, how many were sent and how many of them the secretariat took up; small counts withheld.
 *
 * @param threshold the suppression threshold: counts from 1 to {@code threshold - 1} are withheld
 * @param rows      one per district and month from the district's first month on, by month, then district
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record DeskReferralsReport(
        @Schema(minimum = "1", maximum = "2147483647") int threshold,
        @ArraySchema(maxItems = DeskReferralsReport.MAX_ROWS) List<Row> rows) {

    /** The most rows one report carries, as the other reports: the controller refuses a request for more. */
    public static final int MAX_ROWS = 10_000;

    static final String SENT = "sent";
    static final String ACKNOWLEDGED = "acknowledged";
    static final String DISTRICT_ID_PATTERN = "^[a-z0-9]+(-[a-z0-9]+)*$";

    /**
     * @param sent         desk referrals sent from the district's partner desks in the month (Europe/Rome)
     * @param acknowledged of them, taken up by the secretariat office they were sent to, whenever it did
     * @param suppressed   the names of the values withheld, in the order of the fields
     */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    @Schema(name = "DeskReferralsRow")
    public record Row(
            @Schema(minLength = 7, maxLength = 7, pattern = ReferralsReport.MONTH_PATTERN) String month,
            @Schema(maxLength = OfficeSlug.MAX_LENGTH, pattern = DISTRICT_ID_PATTERN) String districtId,
            @Schema(types = {"integer", "null"}, format = "int64", minimum = "0",
                    maximum = ReferralsReport.LARGEST_COUNT) Long sent,
            @Schema(types = {"integer", "null"}, format = "int64", minimum = "0",
                    maximum = ReferralsReport.LARGEST_COUNT) Long acknowledged,
            @ArraySchema(maxItems = 2, uniqueItems = true, schema = @Schema(allowableValues = {SENT, ACKNOWLEDGED}))
            List<String> suppressed) {
    }

    /** The number of rows a report of {@code range} has for these districts (slug to first month). */
    static long rows(MonthRange range, Map<String, YearMonth> districts) {
        return districts.values().stream().mapToLong(range::monthsFrom).sum();
    }

    /** A row for every month of {@code range} from each district's first month on, by month, then district. */
    static DeskReferralsReport of(MonthRange range, Map<String, YearMonth> districts, Map<Cell, DeskCounts> counts,
                                  SmallCellSuppression suppression) {
        List<String> sorted = districts.keySet().stream().sorted().toList();
        List<Row> rows = new ArrayList<>();
        range.months().forEach(month -> sorted.stream()
                .filter(district -> !districts.get(district).isAfter(month))
                .forEach(district -> {
                    Cell cell = new Cell(month.toString(), district);
                    DeskCounts count = counts.getOrDefault(cell, DeskCounts.NONE);
                    WithheldCells cells = suppression.row();
                    Long sent = cells.count(SENT, count.sent());
                    Long acknowledged = cells.count(ACKNOWLEDGED, count.acknowledged());
                    rows.add(new Row(cell.month(), district, sent, acknowledged, cells.withheld()));
                }));
        return new DeskReferralsReport(suppression.threshold(), List.copyOf(rows));
    }
}
