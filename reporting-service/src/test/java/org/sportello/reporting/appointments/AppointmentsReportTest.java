package org.sportello.reporting.appointments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;

import org.junit.jupiter.api.Test;
import org.sportello.reporting.appointments.AppointmentActivity.Cell;
import org.sportello.reporting.appointments.AppointmentActivity.Tally;
import org.sportello.reporting.appointments.AppointmentsReport.Row;
import org.sportello.reporting.appointments.AppointmentsTables.Outcomes;
import org.sportello.reporting.research.MonthRange;
import org.sportello.reporting.research.SmallCellSuppression;

class AppointmentsReportTest {

    private static final SmallCellSuppression FIVE = new SmallCellSuppression(5);
    private static final HoursOpenPerWeek CLOSED = hours("0.00", "0.00", "0.00");
    private static final long DAY = 86_400;

    @Test
    void everyOfficeHasARowForEveryMonthFromItsFirstOnByMonthThenOffice() {
        Map<String, YearMonth> offices = new LinkedHashMap<>();
        offices.put("massa", YearMonth.of(2025, 2));
        offices.put("corsico", YearMonth.of(2024, 6));
        MonthRange range = MonthRange.parse("2025-01", "2025-03");

        AppointmentsReport report = AppointmentsReport.of(range, offices, Map.of(), Map.of(),
                Map.of("massa", new OpeningHoursHistory(Map.of(LocalDate.of(2025, 2, 1),
                        new WeeklyMinutes(0, 360, 0)))), FIVE);

        assertThat(report.rows()).extracting(Row::month, Row::officeId).containsExactly(
                tuple("2025-01", "corsico"), tuple("2025-02", "corsico"), tuple("2025-02", "massa"),
                tuple("2025-03", "corsico"), tuple("2025-03", "massa"));
        assertThat(report.rows().get(2)).isEqualTo(new Row("2025-02", "massa", 0L, 0L, 0L, 0L, 0L, null, null,
                hours("0.00", "6.00", "0.00"), List.of()));
        assertThat(AppointmentsReport.rows(range, offices)).isEqualTo(5);
    }

    @Test
    void countsAtOrAboveTheThresholdAndTheirWaitsAreShown() {
        long[] waits = LongStream.rangeClosed(1, 10).map(day -> day * DAY).toArray();

        Row row = AppointmentsReport.row(new Cell("2025-03", "massa"), new Tally(12, 11, 5),
                new Outcomes(0, waits), CLOSED, FIVE);

        assertThat(row).isEqualTo(new Row("2025-03", "massa", 12L, 11L, 10L, 0L, 5L, new BigDecimal("5.5"),
                new BigDecimal("9.1"), CLOSED, List.of()));
    }

    @Test
    void smallCountsAreWithheldAndSoAreWaitsOfFewerInterviewsThanTheThreshold() {
        Row row = AppointmentsReport.row(new Cell("2025-03", "massa"), new Tally(4, 5, 1),
                new Outcomes(2, new long[] {DAY, 3 * DAY}), CLOSED, FIVE);

        assertThat(row).isEqualTo(new Row("2025-03", "massa", null, 5L, null, null, null, null, null, CLOSED,
                List.of("requested", "attended", "noShow", "cancelled", "waitDaysMedian", "waitDaysP90")));
    }

    @Test
    void withNobodyAttendedThereIsNoWaitAndNothingIsWithheld() {
        Row row = AppointmentsReport.row(new Cell("2025-03", "massa"), new Tally(0, 0, 0), Outcomes.NONE, CLOSED, FIVE);

        assertThat(row).isEqualTo(new Row("2025-03", "massa", 0L, 0L, 0L, 0L, 0L, null, null, CLOSED, List.of()));
    }

    @Test
    void theCsvHasTheSameRowsWithWithheldValuesEmpty() {
        AppointmentsReport report = new AppointmentsReport(5, List.of(
                new Row("2025-03", "corsico", 12L, 11L, 10L, 0L, 5L, new BigDecimal("5.5"), new BigDecimal("9.1"),
                        hours("2.00", "3.50", "6.00"), List.of()),
                new Row("2025-03", "massa", null, 5L, null, null, 0L, null, null, hours("0.00", "13.74", "0.00"),
                        List.of("requested", "attended", "noShow", "waitDaysMedian", "waitDaysP90"))));

        assertThat(new AppointmentsCsv().text(report)).isEqualTo(AppointmentsCsv.HEADER + "\r\n"
                + "2025-03,corsico,12,11,10,0,5,5.5,9.1,2.00,3.50,6.00,\r\n"
                + "2025-03,massa,,5,,,0,,,0.00,13.74,0.00,requested;attended;noShow;waitDaysMedian;waitDaysP90\r\n");
        assertThat(AppointmentsCsv.HEADER).isEqualTo("month,officeId,requested,booked,attended,noShow,cancelled,"
                + "waitDaysMedian,waitDaysP90,hoursOpenPerWeek.WALK_IN,hoursOpenPerWeek.BY_APPOINTMENT,"
                + "hoursOpenPerWeek.PHONE_LINE,suppressed");
    }

    private static HoursOpenPerWeek hours(String walkIn, String byAppointment, String phoneLine) {
        return new HoursOpenPerWeek(new BigDecimal(walkIn), new BigDecimal(byAppointment), new BigDecimal(phoneLine));
    }
}
