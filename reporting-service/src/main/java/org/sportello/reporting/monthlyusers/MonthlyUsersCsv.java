package org.sportello.reporting.monthlyusers;

import java.util.List;

import org.sportello.reporting.research.CsvReport;
import org.springframework.stereotype.Component;

/** The monthly-users report as {@code text/csv}: see {@link CsvReport}. */
@Component
class MonthlyUsersCsv extends CsvReport<MonthlyUsersReport> {

    static final String HEADER = "month,officeId,citizens,contacts,anonymousContacts,suppressed";
    private static final MonthlyUsersCsv CSV = new MonthlyUsersCsv();

    MonthlyUsersCsv() {
        super(MonthlyUsersReport.class, List.of(HEADER.split(",")));
    }

    static String render(MonthlyUsersReport report) {
        return CSV.text(report);
    }

    @Override
    protected List<List<String>> rows(MonthlyUsersReport report) {
        return report.rows().stream().map(row -> List.of(row.month(), row.officeId(), cell(row.citizens()),
                cell(row.contacts()), cell(row.anonymousContacts()), names(row.suppressed()))).toList();
    }
}
