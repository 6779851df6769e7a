package org.sportello.reporting.appointments;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;

import org.sportello.reporting.appointments.AppointmentActivity.Cell;
import org.sportello.reporting.appointments.AppointmentActivity.Tally;
import org.sportello.reporting.appointments.AppointmentsTables.Outcomes;
import org.sportello.reporting.research.MonthRange;
import org.sportello.reporting.research.OfficeSlug;
import org.sportello.reporting.research.SmallCellSuppression;
import org.sportello.reporting.research.WithheldCells;

/**
 * Appointments as researchers see them: counts, waits and hours per office and month, no ids,
 * small counts withheld.
 *
 * @param threshold the suppression threshold: counts from 1 to {@code threshold - 1} are withheld
 * @param rows      one per office and month from the office's first month on, by month, then office
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record AppointmentsReport(
        @Schema(minimum = "1", maximum = "2147483647") int threshold,
        @ArraySchema(maxItems = AppointmentsReport.MAX_ROWS) List<Row> rows) {

    /** The most rows one report carries, as monthly users: the controller refuses a request for more. */
    public static final int MAX_ROWS = 10_000;

    static final String REQUESTED = "requested";
    static final String BOOKED = "booked";
    static final String ATTENDED = "attended";
    static final String NO_SHOW = "noShow";
    static final String CANCELLED = "cancelled";
    static final String WAIT_DAYS_MEDIAN = "waitDaysMedian";
    static final String WAIT_DAYS_P90 = "waitDaysP90";

    static final String MONTH_PATTERN = "^[0-9]{4}-(0[1-9]|1[0-2])$";
    static final String OFFICE_ID_PATTERN = "^[a-z0-9]+(-[a-z0-9]+)*$";
    static final String LARGEST_COUNT = "9223372036854775807";
    /** Ten thousand years of waiting, in days: more than any wait between the years 0001 and 9999. */
    static final String LONGEST_WAIT_DAYS = "3660000";

    /**
     * A withheld value is null, written out as null rather than left out, and named in
     * {@code suppressed}, so that a missing count is never mistaken for zero. The waits are null
     * and not named when nobody attended.
     *
     * @param requested      appointments requested in the month (by request time)
     * @param booked         appointments booked in the month (by booking time, not by interview)
     * @param attended       interviews of the month (by their start) the citizen came to
     * @param noShow         interviews of the month the citizen did not come to
     * @param cancelled      appointments cancelled in the month (by cancellation time)
     * @param waitDaysMedian the median of the attended interviews' waits from request to interview, days
     * @param waitDaysP90    their 90th percentile, days
     * @param suppressed     the names of the values withheld, in the order of the fields
     */
    // Named in the document: monthly users' rows are already "Row", and one name for both would
    // make the document describe these rows with theirs.
    @JsonInclude(JsonInclude.Include.ALWAYS)
    @Schema(name = "AppointmentsRow")
    public record Row(
            @Schema(minLength = 7, maxLength = 7, pattern = MONTH_PATTERN) String month,
            @Schema(maxLength = OfficeSlug.MAX_LENGTH, pattern = OFFICE_ID_PATTERN) String officeId,
            @Schema(types = {"integer", "null"}, format = "int64", minimum = "0", maximum = LARGEST_COUNT) Long requested,
            @Schema(types = {"integer", "null"}, format = "int64", minimum = "0", maximum = LARGEST_COUNT) Long booked,
            @Schema(types = {"integer", "null"}, format = "int64", minimum = "0", maximum = LARGEST_COUNT) Long attended,
            @Schema(types = {"integer", "null"}, format = "int64", minimum = "0", maximum = LARGEST_COUNT) Long noShow,
            @Schema(types = {"integer", "null"}, format = "int64", minimum = "0", maximum = LARGEST_COUNT) Long cancelled,
            @Schema(types = {"number", "null"}, minimum = "0", maximum = LONGEST_WAIT_DAYS) BigDecimal waitDaysMedian,
            @Schema(types = {"number", "null"}, minimum = "0", maximum = LONGEST_WAIT_DAYS) BigDecimal waitDaysP90,
            HoursOpenPerWeek hoursOpenPerWeek,
            @ArraySchema(maxItems = 7, uniqueItems = true, schema = @Schema(allowableValues = {REQUESTED, BOOKED,
                    ATTENDED, NO_SHOW, CANCELLED, WAIT_DAYS_MEDIAN, WAIT_DAYS_P90}))
            List<String> suppressed) {
    }

    /** The number of rows a report of {@code range} has for these offices (slug to first month). */
    static long rows(MonthRange range, Map<String, YearMonth> offices) {
        return offices.values().stream().mapToLong(range::monthsFrom).sum();
    }

    /**
     * A row for every month of {@code range} from each office's first month on, even with nothing
     * counted (its hours are still a fact of the month), ordered by month, then office.
     */
    static AppointmentsReport of(MonthRange range, Map<String, YearMonth> offices, Map<Cell, Tally> tallies,
                                 Map<Cell, Outcomes> outcomes, Map<String, OpeningHoursHistory> hours,
                                 SmallCellSuppression suppression) {
        List<Row> rows = new ArrayList<>();
        range.months().forEach(month -> offices.entrySet().stream()
                .filter(office -> !office.getValue().isAfter(month))
                .map(Map.Entry::getKey)
                .sorted(Comparator.naturalOrder())
                .forEach(office -> {
                    Cell cell = new Cell(month.toString(), office);
                    OpeningHoursHistory history = hours.getOrDefault(office, new OpeningHoursHistory(Map.of()));
                    rows.add(row(cell, tallies.getOrDefault(cell, new Tally(0, 0, 0)),
                            outcomes.getOrDefault(cell, Outcomes.NONE), history.in(month), suppression));
                }));
        return new AppointmentsReport(suppression.threshold(), List.copyOf(rows));
    }

    static Row row(Cell cell, Tally tally, Outcomes outcome, HoursOpenPerWeek hours, SmallCellSuppression suppression) {
        WithheldCells cells = suppression.row();
        Long requested = cells.count(REQUESTED, tally.requested());
        Long booked = cells.count(BOOKED, tally.booked());
        Long attended = cells.count(ATTENDED, outcome.attended());
        Long noShow = cells.count(NO_SHOW, outcome.noShow());
        Long cancelled = cells.count(CANCELLED, tally.cancelled());
        long[] waits = outcome.waitSeconds();
        BigDecimal median = cells.derived(WAIT_DAYS_MEDIAN, waits.length, Waits.percentileDays(waits, Waits.MEDIAN));
        BigDecimal p90 = cells.derived(WAIT_DAYS_P90, waits.length, Waits.percentileDays(waits, Waits.P90));
        return new Row(cell.month(), cell.officeId(), requested, booked, attended, noShow, cancelled, median, p90,
                hours, cells.withheld());
    }
}
