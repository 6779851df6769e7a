package org.sportello.reporting.appointments;

import java.util.List;

import org.sportello.reporting.research.CsvReport;
import org.springframework.stereotype.Component;

/**
 * The appointments report as {@code text/csv} (see {@link CsvReport}): the hours by mode are three
 * columns named by their path in the JSON, e.g. {@code hoursOpenPerWeek.WALK_IN}.
 */
@Component
class AppointmentsCsv extends CsvReport<AppointmentsReport> {

    static final String HEADER = "month,officeId,requested,booked,attended,noShow,cancelled,waitDaysMedian,waitDaysP90,"
            + "hoursOpenPerWeek.WALK_IN,hoursOpenPerWeek.BY_APPOINTMENT,hoursOpenPerWeek.PHONE_LINE,suppressed";

    AppointmentsCsv() {
        super(AppointmentsReport.class, List.of(HEADER.split(",")));
    }

    @Override
    protected List<List<String>> rows(AppointmentsReport report) {
        return report.rows().stream().map(row -> List.of(row.month(), row.officeId(), cell(row.requested()),
                cell(row.booked()), cell(row.attended()), cell(row.noShow()), cell(row.cancelled()),
                cell(row.waitDaysMedian()), cell(row.waitDaysP90()), cell(row.hoursOpenPerWeek().walkIn()),
                cell(row.hoursOpenPerWeek().byAppointment()), cell(row.hoursOpenPerWeek().phoneLine()),
                names(row.suppressed()))).toList();
    }
}
