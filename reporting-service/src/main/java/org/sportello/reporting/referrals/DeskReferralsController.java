package org.sportello.reporting.referrals;

import java.time.YearMonth;
import java.util.Map;

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
@RequestMapping("/api/reports/desk-referrals")
public class DeskReferralsController {

    private final ReferralsTables tables;
    private final SmallCellSuppression suppression;
    private final int maxRows;

    /**
     * {@code sportello.reporting.desk-referrals.max-rows} may lower the bound on a report's rows,
     * never raise it above {@link DeskReferralsReport#MAX_ROWS}, which the document states.
     */
    DeskReferralsController(ReferralsTables tables, SmallCellSuppression suppression,
                            @Value("${sportello.reporting.desk-referrals.max-rows:" + DeskReferralsReport.MAX_ROWS + "}")
                            int maxRows) {
        if (maxRows < 1) {
            throw new IllegalArgumentException("sportello.reporting.desk-referrals.max-rows must be at least 1, not "
                    + maxRows);
        }
        this.tables = tables;
        this.suppression = suppression;
        this.maxRows = Math.min(maxRows, DeskReferralsReport.MAX_ROWS);
    }

    @GetMapping(produces = {MediaType.APPLICATION_JSON_VALUE, CsvReport.TEXT_CSV_VALUE})
    @Operation(summary = "Partner desks' referrals to the secretariat per district",
            description = """
                    Per calendar month in Europe/Rome and district, from referral's events: sent, the referrals \
                    partner desks (segretariato sociale diffuso) sent on to a secretariat office of the district in \
                    the month; acknowledged, how many of those the office took up, whenever it did. A district has a \
                    row for every month from the first month one of its desks sent a referral, even with nothing \
                    sent. Rows are ordered by month, then districtId. Counts from 1 to threshold-1 are withheld: \
                    they are null and named in "suppressed". 0 is shown. With Accept: text/csv the same rows come as \
                    CSV (month,districtId,sent,acknowledged,suppressed), withheld values empty and suppressed names \
                    joined by ';'. No ids of contacts, offices or referrals are ever returned. A report has at \
                    most""" + " " + DeskReferralsReport.MAX_ROWS + " rows; a request for more is refused (400, "
                    + "naming to): ask for fewer months, or for one district.")
    public DeskReferralsReport deskReferrals(
            @Parameter(description = "First month, YYYY-MM, included", schema = @Schema(type = "string",
                    minLength = 7, maxLength = 7, pattern = ReferralsReport.MONTH_PATTERN))
            @RequestParam String from,
            @Parameter(description = "Last month, YYYY-MM, included; at most " + MonthRange.MAX_MONTHS
                    + " months from the first", schema = @Schema(type = "string",
                    minLength = 7, maxLength = 7, pattern = ReferralsReport.MONTH_PATTERN))
            @RequestParam String to,
            @Parameter(description = "Only this district's rows (a slug such as est-milano); every district when "
                    + "absent", schema = @Schema(type = "string", maxLength = OfficeSlug.MAX_LENGTH,
                    pattern = DeskReferralsReport.DISTRICT_ID_PATTERN))
            @RequestParam(required = false) String districtId) {
        MonthRange range = MonthRange.parse(from, to);
        String district = InvalidDistrictId.require(districtId);
        Map<String, YearMonth> districts = tables.districts(range, district);
        long rows = DeskReferralsReport.rows(range, districts);
        if (rows > maxRows) {
            throw new ReportTooLarge(rows, maxRows, "one district with districtId");
        }
        return DeskReferralsReport.of(range, districts, tables.desk(range, district), suppression);
    }
}
