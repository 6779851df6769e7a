package org.sportello.reporting.monthlyusers;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.sportello.reporting.monthlyusers.MonthlyUsersReport.Row;

class MonthlyUsersCsvTest {

    @Test
    void writesAHeaderAndOneLinePerRow() {
        MonthlyUsersReport report = new MonthlyUsersReport(5, List.of(
                new Row("2025-01", "monza-centro", 12L, 30L, 0L, List.of()),
                new Row("2025-01", "all", 40L, 95L, 7L, List.of())));

        assertThat(MonthlyUsersCsv.render(report)).isEqualTo(
                "month,officeId,citizens,contacts,anonymousContacts,suppressed\r\n"
                        + "2025-01,monza-centro,12,30,0,\r\n"
                        + "2025-01,all,40,95,7,\r\n");
    }

    @Test
    void withheldCountsAreEmptyAndTheirNamesJoinedBySemicolons() {
        MonthlyUsersReport report = new MonthlyUsersReport(5, List.of(
                new Row("2025-02", "monza-san-rocco", null, null, 0L, List.of("citizens", "contacts"))));

        assertThat(MonthlyUsersCsv.render(report)).isEqualTo(
                "month,officeId,citizens,contacts,anonymousContacts,suppressed\r\n"
                        + "2025-02,monza-san-rocco,,,0,citizens;contacts\r\n");
    }

    @Test
    void anEmptyReportIsTheHeaderAlone() {
        assertThat(MonthlyUsersCsv.render(new MonthlyUsersReport(5, List.of())))
                .isEqualTo("month,officeId,citizens,contacts,anonymousContacts,suppressed\r\n");
    }
}
