package org.sportello.reporting.referrals;

import java.util.ArrayList;
import java.util.List;

import org.sportello.reporting.research.CsvReport;
import org.springframework.stereotype.Component;

/**
 * The referral funnel as {@code text/csv} (see {@link CsvReport}): the rejections by reason are
 * five columns named by their path in the JSON, e.g. {@code rejectedByReason.NO_CAPACITY}.
 */
@Component
class ReferralsCsv extends CsvReport<ReferralsReport> {

    static final String HEADER = "month,serviceType,sent,accepted,rejected,rejectedByReason.NOT_COMPETENT,"
            + "rejectedByReason.NO_CAPACITY,rejectedByReason.NOT_ELIGIBLE,rejectedByReason.DUPLICATE,"
            + "rejectedByReason.OTHER,completed,withdrawn,overdue,answerDaysMedian,suppressed";

    ReferralsCsv() {
        super(ReferralsReport.class, List.of(HEADER.split(",")));
    }

    @Override
    protected List<List<String>> rows(ReferralsReport report) {
        return report.rows().stream().map(row -> {
            List<String> cells = new ArrayList<>(List.of(row.month(), row.serviceType(), cell(row.sent()),
                    cell(row.accepted()), cell(row.rejected())));
            row.rejectedByReason().counts().forEach(count -> cells.add(cell(count)));
            cells.addAll(List.of(cell(row.completed()), cell(row.withdrawn()), cell(row.overdue()),
                    cell(row.answerDaysMedian()), names(row.suppressed())));
            return List.copyOf(cells);
        }).toList();
    }
}
