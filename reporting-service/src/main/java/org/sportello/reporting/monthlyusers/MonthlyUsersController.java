package org.sportello.reporting.monthlyusers;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;

import org.sportello.reporting.research.CsvReport;
import org.sportello.reporting.research.MonthRange;
import org.sportello.reporting.research.OfficeSlug;
import org.sportello.reporting.research.ReportTooLarge;
import org.sportello.reporting.research.SmallCellSuppression;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/reports/monthly-users")
public class MonthlyUsersController {

    private final MonthlyUsersTables tables;
    private final SmallCellSuppression suppression;
    private final int maxRows;

    /**
     * {@code sportello.reporting.monthly-users.max-rows} may lower the bound on a report's rows, never
     * raise it above {@link MonthlyUsersReport#MAX_ROWS}, which the document states.
     */
    MonthlyUsersController(MonthlyUsersTables tables, SmallCellSuppression suppression,
                           @Value("${sportello.reporting.monthly-users.max-rows:" + MonthlyUsersReport.MAX_ROWS + "}")
                           int maxRows) {
        if (maxRows < 1) {
            throw new IllegalArgumentException("sportello.reporting.monthly-users.max-rows must be at least 1, not "
                    + maxRows);
        }
        this.tables = tables;
        this.suppression = suppression;
        this.maxRows = Math.min(maxRows, MonthlyUsersReport.MAX_ROWS);
    }

    @GetMapping(produces = {MediaType.APPLICATION_JSON_VALUE, CsvReport.TEXT_CSV_VALUE})
    @Operation(summary = "Monthly users per office",
            description = """
                    Per calendar month in Europe/Rome and office: distinct citizens with at least one contact, \
                    contacts, and anonymous contacts; plus a row with officeId "all" for all offices together, \
                    whose citizens are distinct across offices (not the sum of the offices). \
                    Months in which an office had no contact are omitted, not given as zero rows. \
                    Rows are ordered by month, then officeId, with "all" last in each month. \
                    Counts from 1 to threshold-1 are withheld: they are null and named in "suppressed"; \
                    0 is shown. With Accept: text/csv the same rows come as CSV \
                    (month,officeId,citizens,contacts,anonymousContacts,suppressed), withheld counts empty and \
                    suppressed names joined by ';'. No ids of citizens, cases or contacts are ever returned. \
                    A report has at most""" + " " + MonthlyUsersReport.MAX_ROWS + " rows; a request for more is refused "
                    + "(400, naming to): ask for fewer months, or for one office.")
    public MonthlyUsersReport monthlyUsers(
            @Parameter(description = "First month, YYYY-MM, included", schema = @Schema(type = "string",
                    minLength = 7, maxLength = 7, pattern = MonthlyUsersReport.MONTH_PATTERN))
            @RequestParam String from,
            @Parameter(description = "Last month, YYYY-MM, included; at most " + MonthRange.MAX_MONTHS
                    + " months from the first", schema = @Schema(type = "string",
                    minLength = 7, maxLength = 7, pattern = MonthlyUsersReport.MONTH_PATTERN))
            @RequestParam String to,
            @Parameter(description = "Only this office's rows (a slug such as monza-san-rocco), or only the "
                    + "all-offices rows with \"all\"; every office and all when absent", schema = @Schema(
                    type = "string", maxLength = OfficeSlug.MAX_LENGTH, pattern = MonthlyUsersReport.OFFICE_ID_PATTERN))
            @RequestParam(required = false) String officeId) {
        MonthRange range = MonthRange.parse(from, to);
        List<MonthlyCounts> counts = tables.counts(range, OfficeSlug.requireFilter(officeId));
        if (counts.size() > maxRows) {
            throw new ReportTooLarge(counts.size(), maxRows);
        }
        return MonthlyUsersReport.of(counts, suppression);
    }
}
