package org.sportello.reporting.referrals;

import java.util.List;

import org.sportello.reporting.research.CsvReport;
import org.springframework.stereotype.Component;

/** Partner desks' referrals as {@code text/csv} (see {@link CsvReport}). */
@Component
class DeskReferralsCsv extends CsvReport<DeskReferralsReport> {

    static final String HEADER = "month,districtId,sent,acknowledged,suppressed";

    DeskReferralsCsv() {
        super(DeskReferralsReport.class, List.of(HEADER.split(",")));
    }

    @Override
    protected List<List<String>> rows(DeskReferralsReport report) {
        return report.rows().stream().map(row -> List.of(row.month(), row.districtId(), cell(row.sent()),
                cell(row.acknowledged()), names(row.suppressed()))).toList();
    }
}
