package org.sportello.reporting.appointments;

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
@RequestMapping("/api/reports/appointments")
public class AppointmentsController {

    private final AppointmentsTables tables;
    private final SmallCellSuppression suppression;
    private final int maxRows;

    /**
     * {@code sportello.reporting.appointments.max-rows} may lower the bound on a report's rows, never
     * raise it above {@link AppointmentsReport#MAX_ROWS}, which the document states.
     */
    AppointmentsController(AppointmentsTables tables, SmallCellSuppression suppression,
                           @Value("${sportello.reporting.appointments.max-rows:" + AppointmentsReport.MAX_ROWS + "}")
                           int maxRows) {
        if (maxRows < 1) {
            throw new IllegalArgumentException("sportello.reporting.appointments.max-rows must be at least 1, not "
                    + maxRows);
        }
        this.tables = tables;
        this.suppression = suppression;
        this.maxRows = Math.min(maxRows, AppointmentsReport.MAX_ROWS);
    }

    @GetMapping(produces = {MediaType.APPLICATION_JSON_VALUE, CsvReport.TEXT_CSV_VALUE})
    @Operation(summary = "Appointments, waiting times and opening hours per office",
            description = """
                    Per calendar month in Europe/Rome and office, from scheduling's events: appointments requested \
                    (by the month of the request), booked (by the month the booking was made, not of the interview), \
                    attended and noShow (by the month of the interview), cancelled (by the month of the \
                    cancellation); waitDaysMedian and waitDaysP90, the median and 90th percentile of the days from \
                    request to interview of the month's attended interviews (on the office's clock, one decimal, \
                    interpolated between the nearest two waits; null when nobody attended); and hoursOpenPerWeek by \
                    mode (WALK_IN, BY_APPOINTMENT, PHONE_LINE): the timetable's weekly hours, averaged over the \
                    month's days when a new timetable took effect during the month, two decimals, closures not \
                    subtracted. An office has a row for every month from the first month an event names it \
                    (created, a timetable's first date, an appointment), even with nothing counted; there is no \
                    "all" row. Rows are ordered by month, then officeId. Counts from 1 to threshold-1 are withheld: \
                    they are null and named in "suppressed"; so are the waits when fewer than threshold interviews \
                    were attended. 0 is shown; hours are never withheld. With Accept: text/csv the same rows come \
                    as CSV (month,officeId,requested,booked,attended,noShow,cancelled,waitDaysMedian,waitDaysP90,\
                    hoursOpenPerWeek.WALK_IN,hoursOpenPerWeek.BY_APPOINTMENT,hoursOpenPerWeek.PHONE_LINE,suppressed), \
                    withheld values empty and suppressed names joined by ';'. No ids of citizens or appointments are \
                    ever returned. A report has at most""" + " " + AppointmentsReport.MAX_ROWS + " rows; a request for "
                    + "more is refused (400, naming to): ask for fewer months, or for one office.")
    public AppointmentsReport appointments(
            @Parameter(description = "First month, YYYY-MM, included", schema = @Schema(type = "string",
                    minLength = 7, maxLength = 7, pattern = AppointmentsReport.MONTH_PATTERN))
            @RequestParam String from,
            @Parameter(description = "Last month, YYYY-MM, included; at most " + MonthRange.MAX_MONTHS
                    + " months from the first", schema = @Schema(type = "string",
                    minLength = 7, maxLength = 7, pattern = AppointmentsReport.MONTH_PATTERN))
            @RequestParam String to,
            @Parameter(description = "Only this office's rows (a slug such as massa); every office when absent",
                    schema = @Schema(type = "string", maxLength = OfficeSlug.MAX_LENGTH,
                            pattern = AppointmentsReport.OFFICE_ID_PATTERN))
            @RequestParam(required = false) String officeId) {
        MonthRange range = MonthRange.parse(from, to);
        String office = OfficeSlug.requireOfficeFilter(officeId);
        Map<String, YearMonth> offices = tables.offices(range, office);
        long rows = AppointmentsReport.rows(range, offices);
        if (rows > maxRows) {
            throw new ReportTooLarge(rows, maxRows);
        }
        return AppointmentsReport.of(range, offices, tables.tallies(range, office), tables.outcomes(range, office),
                tables.openingHours(office), suppression);
    }
}
