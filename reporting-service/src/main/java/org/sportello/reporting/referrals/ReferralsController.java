package org.sportello.reporting.referrals;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;

import org.sportello.reporting.research.CsvReport;
import org.sportello.reporting.research.MonthRange;
import org.sportello.reporting.research.SmallCellSuppression;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/reports/referrals")
public class ReferralsController {

    private final ReferralsTables tables;
    private final SmallCellSuppression suppression;

    ReferralsController(ReferralsTables tables, SmallCellSuppression suppression) {
        this.tables = tables;
        this.suppression = suppression;
    }

    @GetMapping(produces = {MediaType.APPLICATION_JSON_VALUE, CsvReport.TEXT_CSV_VALUE})
    @Operation(summary = "The referral funnel per provider service type",
            description = """
                    Per calendar month in Europe/Rome and provider service type, from referral's events, what became \
                    of the referrals sent in the month (a cohort: each referral counts in the month it was sent, \
                    whenever what followed happened, so a month's row still grows while its referrals are answered): \
                    sent; accepted and rejected (also after the deadline); rejectedByReason (NOT_COMPETENT, \
                    NO_CAPACITY, NOT_ELIGIBLE, DUPLICATE, OTHER); completed; withdrawn (by the office, or stopped by \
                    the citizen withdrawing consent); overdue (ever: not answered by the deadline, answered later or \
                    not); and answerDaysMedian, the median of the calendar days (Europe/Rome) from sending to the \
                    first answer, accepted or rejected, of the month's answered referrals (one decimal; null when none \
                    was answered). A service type has a row for every month from the first month a referral of that \
                    type was sent, even with nothing sent. Rows are ordered by month, then service type in the \
                    contract's order (MINORS_PROTECTION ... OTHER). Counts from 1 to threshold-1 are withheld: they \
                    are null and named in "suppressed" (a reason's count as rejectedByReason.<REASON>); so is the \
                    median when fewer than threshold referrals were answered. 0 is shown. With Accept: text/csv the \
                    same rows come as CSV (month,serviceType,sent,accepted,rejected,rejectedByReason.NOT_COMPETENT,\
                    rejectedByReason.NO_CAPACITY,rejectedByReason.NOT_ELIGIBLE,rejectedByReason.DUPLICATE,\
                    rejectedByReason.OTHER,completed,withdrawn,overdue,answerDaysMedian,suppressed), withheld values \
                    empty and suppressed names joined by ';'. No ids of citizens, cases, providers or referrals are \
                    ever returned.""")
    public ReferralsReport referrals(
            @Parameter(description = "First month, YYYY-MM, included", schema = @Schema(type = "string",
                    minLength = 7, maxLength = 7, pattern = ReferralsReport.MONTH_PATTERN))
            @RequestParam String from,
            @Parameter(description = "Last month, YYYY-MM, included; at most " + MonthRange.MAX_MONTHS
                    + " months from the first", schema = @Schema(type = "string",
                    minLength = 7, maxLength = 7, pattern = ReferralsReport.MONTH_PATTERN))
            @RequestParam String to,
            @Parameter(description = "Only this service type's rows; every type when absent",
                    schema = @Schema(type = "string", maxLength = 32, allowableValues = {"MINORS_PROTECTION",
                            "ADDICTIONS", "MENTAL_HEALTH", "DISABILITY", "ELDERLY_CARE", "EMPLOYMENT_CENTRE",
                            "HOUSING", "FOOD_AND_BASIC_NEEDS", "LEGAL_AND_TAX_HELP", "DIGITAL_FACILITATION", "OTHER"}))
            @RequestParam(required = false) String serviceType) {
        MonthRange range = MonthRange.parse(from, to);
        String type = InvalidServiceType.require(serviceType);
        // At most every service type for the longest range (ReferralsReport.MAX_ROWS): never too large.
        return ReferralsReport.of(range, tables.serviceTypes(range, type), tables.funnel(range, type), suppression);
    }
}
