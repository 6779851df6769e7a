package org.sportello.reporting.appointments;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.sportello.reporting.appointments.AppointmentActivity.Cell;
import org.sportello.reporting.appointments.AppointmentActivity.HoursKey;
import org.sportello.reporting.appointments.AppointmentActivity.Tally;
import org.sportello.reporting.appointments.SchedulingFact.Count;

class AppointmentActivityTest {

    private static final YearMonth MARCH = YearMonth.of(2025, 3);

    @Test
    void sumsTheCountsOfACellAndKeepsEachOfficesEarliestMonth() {
        AppointmentActivity activity = AppointmentActivity.of(List.of(
                new SchedulingFact.Counted("massa", MARCH, Count.REQUESTED),
                new SchedulingFact.Counted("massa", MARCH, Count.REQUESTED),
                new SchedulingFact.Counted("massa", MARCH, Count.BOOKED),
                new SchedulingFact.Counted("massa", MARCH.minusMonths(1), Count.CANCELLED),
                new SchedulingFact.OfficeNamed("massa", MARCH.plusMonths(1))));

        assertThat(activity.tallies()).containsExactly(
                Map.entry(new Cell("2025-02", "massa"), new Tally(0, 0, 1)),
                Map.entry(new Cell("2025-03", "massa"), new Tally(2, 1, 0)));
        assertThat(activity.firstMonths()).containsExactly(Map.entry("massa", "2025-02"));
    }

    @Test
    void anAppointmentsFirstOutcomeInABatchIsKept() {
        UUID appointment = UUID.randomUUID();
        SchedulingFact.Outcome attended = new SchedulingFact.Outcome(appointment, "massa", MARCH, true, 86_400L);

        AppointmentActivity activity = AppointmentActivity.of(List.of(attended,
                new SchedulingFact.Outcome(appointment, "massa", MARCH, false, null)));

        assertThat(activity.outcomes()).containsOnlyKeys(appointment).containsValue(attended);
    }

    @Test
    void ofTwoTimetablesForOneDateTheOneRecordedLaterIsKept() {
        LocalDate from = LocalDate.of(2025, 3, 16);
        SchedulingFact.HoursSet later = new SchedulingFact.HoursSet("massa", from, Instant.parse("2025-03-02T10:00:00Z"),
                new WeeklyMinutes(0, 1260, 0));
        SchedulingFact.HoursSet earlier = new SchedulingFact.HoursSet("massa", from,
                Instant.parse("2025-03-01T10:00:00Z"), new WeeklyMinutes(0, 360, 0));

        assertThat(AppointmentActivity.of(List.of(later, earlier)).hours())
                .containsExactly(Map.entry(new HoursKey("massa", from), later));
    }
}
