package org.sportello.scheduling.operator;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sportello.scheduling.RegistryApi;
import org.sportello.scheduling.RunningScheduling;
import org.sportello.scheduling.office.OfficeId;
import org.sportello.scheduling.time.OfficeTime;
import org.sportello.scheduling.time.TimeWindow;
import org.springframework.beans.factory.annotation.Autowired;

/** What appointments ask of the staff register, answered from what administrators set over HTTP. */
class StaffCalendarIT extends RunningScheduling {

    @Autowired
    StaffCalendar staff;

    private RegistryApi api;

    @BeforeEach
    void setUp() {
        api = new RegistryApi(port);
    }

    @Test
    void operatorsAtAnOfficeInARoleAreThoseRegisteredThereWithIt() {
        String office = api.newOffice().officeId();
        String other = api.newOffice().officeId();
        String socialWorker = api.newOperator(List.of("SOCIAL_WORKER"), List.of(office, other));
        String educator = api.newOperator(List.of("EDUCATOR"), List.of(office));

        assertThat(staff.operatorsAt(new OfficeId(office), OperatorRole.SOCIAL_WORKER))
                .containsExactly(new OperatorId(socialWorker));
        assertThat(staff.operatorsAt(new OfficeId(office), OperatorRole.EDUCATOR)).containsExactly(new OperatorId(educator));
        assertThat(staff.operatorsAt(new OfficeId(other), OperatorRole.EDUCATOR)).isEmpty();
        assertThat(staff.canServe(new OperatorId(socialWorker), OperatorRole.SOCIAL_WORKER, new OfficeId(other))).isTrue();
        assertThat(staff.canServe(new OperatorId(educator), OperatorRole.EDUCATOR, new OfficeId(other))).isFalse();
        assertThat(staff.canServe(new OperatorId(educator), OperatorRole.SOCIAL_WORKER, new OfficeId(office))).isFalse();
        assertThat(staff.canServe(new OperatorId("nobody"), OperatorRole.EDUCATOR, new OfficeId(office))).isFalse();
    }

    @Test
    void availabilityIsTheWeeklyPatternAtThatOfficeLessAbsencesCutToTheRange() {
        String office = api.newOffice().officeId();
        String other = api.newOffice().officeId();
        String operator = api.newOperator(List.of("SOCIAL_WORKER"), List.of(office, other));
        RegistryApi.Response set = api.put("/api/operators/" + operator + "/availability", Map.of(
                "weekly", List.of(
                        Map.of("dayOfWeek", "MONDAY", "from", "09:00", "to", "13:00", "officeId", office),
                        Map.of("dayOfWeek", "TUESDAY", "from", "09:00", "to", "13:00", "officeId", other)),
                "absences", List.of(Map.of("from", "2025-03-10", "to", "2025-03-14"))));
        assertThat(set.status()).as(set.body()).isEqualTo(200);

        List<TimeWindow> windows = staff.availability(new OperatorId(operator), new OfficeId(office),
                at(2025, 3, 3, 10, 0), at(2025, 3, 24, 23, 0));

        assertThat(windows).containsExactly(
                new TimeWindow(at(2025, 3, 3, 10, 0), at(2025, 3, 3, 13, 0)),
                new TimeWindow(at(2025, 3, 17, 9, 0), at(2025, 3, 17, 13, 0)),
                new TimeWindow(at(2025, 3, 24, 9, 0), at(2025, 3, 24, 13, 0)));
    }

    @Test
    void availabilityOnTheDayTheClocksGoForwardKeepsLocalTimes() {
        String office = api.newOffice().officeId();
        String operator = api.newOperator(List.of("EDUCATOR"), List.of(office));
        api.put("/api/operators/" + operator + "/availability", Map.of(
                "weekly", List.of(Map.of("dayOfWeek", "SUNDAY", "from", "01:00", "to", "04:00", "officeId", office)),
                "absences", List.of()));

        List<TimeWindow> windows = staff.availability(new OperatorId(operator), new OfficeId(office),
                at(2025, 3, 29, 0, 0), at(2025, 3, 31, 0, 0));

        assertThat(windows).containsExactly(new TimeWindow(at(2025, 3, 30, 1, 0), at(2025, 3, 30, 4, 0)));
        assertThat(windows.get(0).length().toHours()).isEqualTo(2);
    }

    private static Instant at(int year, int month, int day, int hour, int minute) {
        return LocalDate.of(year, month, day).atTime(LocalTime.of(hour, minute)).atZone(OfficeTime.ZONE).toInstant();
    }
}
