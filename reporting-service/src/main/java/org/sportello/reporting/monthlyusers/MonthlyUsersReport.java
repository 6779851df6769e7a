package org.sportello.reporting.monthlyusers;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;

import org.sportello.reporting.research.OfficeSlug;
import org.sportello.reporting.research.SmallCellSuppression;
import org.sportello.reporting.research.WithheldCells;

/**
 * Monthly users as researchers see them: counts only, no ids, small counts withheld.
 *
 * @param threshold the suppression threshold: counts from 1 to {@code threshold - 1} are withheld
 * @param rows      one per month and office with activity, by month, then office, {@code all} last
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record MonthlyUsersReport(
        @Schema(minimum = "1", maximum = "2147483647") int threshold,
        @ArraySchema(maxItems = MonthlyUsersReport.MAX_ROWS) List<Row> rows) {

    /**
     * The most rows one report carries: ten years of months for 80 offices and "all", or one
     * year for 800. The controller refuses a request whose report would have more
     * (ReportTooLarge), so the document's maxItems is true.
     */
    public static final int MAX_ROWS = 10_000;

    static final String CITIZENS = "citizens";
    static final String CONTACTS = "contacts";
    static final String ANONYMOUS_CONTACTS = "anonymousContacts";

    // What the OpenAPI document promises of months and office ids: MonthRange refuses any other
    // month, OfficeSlug any other office id, and the projection stores only years 0001 to 9999.
    static final String MONTH_PATTERN = "^[0-9]{4}-(0[1-9]|1[0-2])$";
    static final String OFFICE_ID_PATTERN = "^[a-z0-9]+(-[a-z0-9]+)*$";
    static final String LARGEST_COUNT = "9223372036854775807";

    /**
     * A withheld count is null, written out as null rather than left out, and named in
     * {@code suppressed}, so that a missing count is never mistaken for zero.
     *
     * @param officeId   the office's slug, or {@code all} for all offices together
     * @param citizens   distinct citizens with at least one contact; under {@code all}, distinct
     *                   across offices, not the sum of the offices
     * @param contacts   contacts, anonymous ones included
     * @param suppressed the names of the counts withheld, in the order of the fields
     */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Row(
            @Schema(minLength = 7, maxLength = 7, pattern = MONTH_PATTERN) String month,
            @Schema(maxLength = OfficeSlug.MAX_LENGTH, pattern = OFFICE_ID_PATTERN) String officeId,
            @Schema(minimum = "0", maximum = LARGEST_COUNT) Long citizens,
            @Schema(minimum = "0", maximum = LARGEST_COUNT) Long contacts,
            @Schema(minimum = "0", maximum = LARGEST_COUNT) Long anonymousContacts,
            @ArraySchema(maxItems = 3, uniqueItems = true,
                    schema = @Schema(allowableValues = {CITIZENS, CONTACTS, ANONYMOUS_CONTACTS}))
            List<String> suppressed) {
    }

    static MonthlyUsersReport of(List<MonthlyCounts> counts, SmallCellSuppression suppression) {
        return new MonthlyUsersReport(suppression.threshold(),
                counts.stream().map(count -> row(count, suppression)).toList());
    }

    private static Row row(MonthlyCounts count, SmallCellSuppression suppression) {
        WithheldCells cells = suppression.row();
        Long citizens = cells.count(CITIZENS, count.citizens());
        Long contacts = cells.count(CONTACTS, count.contacts());
        Long anonymousContacts = cells.count(ANONYMOUS_CONTACTS, count.anonymousContacts());
        return new Row(count.month(), count.officeId(), citizens, contacts, anonymousContacts, cells.withheld());
    }
}
