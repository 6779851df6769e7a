package org.sportello.scheduling.office;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sportello.scheduling.office.OfficeFixture.slot;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

class OpeningScheduleTest {

    private static final LocalDate MONDAY = LocalDate.of(2025, 3, 3);

    @Test
    void noSlotsBeforeTheFirstSet() {
        OpeningSchedule schedule = new OpeningSchedule(List.of(new OpeningSchedule.HoursSet(1, MONDAY.plusDays(7),
                List.of(slot(DayOfWeek.MONDAY, "09:00", "11:00", OpeningMode.WALK_IN)))), List.of());

        assertThat(schedule.slots(MONDAY, MONDAY.plusDays(7), null)).extracting(OpenSlot::date)
                .containsExactly(MONDAY.plusDays(7));
    }

    @Test
    void ofTwoSetsFromTheSameDateTheLaterRecordedApplies() {
        OpeningSchedule schedule = new OpeningSchedule(List.of(
                new OpeningSchedule.HoursSet(1, MONDAY, List.of(slot(DayOfWeek.MONDAY, "09:00", "11:00", OpeningMode.WALK_IN))),
                new OpeningSchedule.HoursSet(2, MONDAY, List.of(slot(DayOfWeek.MONDAY, "14:00", "16:00", OpeningMode.WALK_IN)))),
                List.of());

        assertThat(schedule.slots(MONDAY, MONDAY, null)).extracting(OpenSlot::from)
                .containsExactly(java.time.LocalTime.of(14, 0));
    }

    @Test
    void slotsOfADayComeInStartOrderWhateverTheOrderTheyWereSetIn() {
        OpeningSchedule schedule = new OpeningSchedule(List.of(new OpeningSchedule.HoursSet(1, MONDAY, List.of(
                slot(DayOfWeek.MONDAY, "14:00", "16:00", OpeningMode.BY_APPOINTMENT),
                slot(DayOfWeek.MONDAY, "09:00", "11:00", OpeningMode.WALK_IN)))), List.of());

        assertThat(schedule.slots(MONDAY, MONDAY, null)).extracting(OpenSlot::mode)
                .containsExactly(OpeningMode.WALK_IN, OpeningMode.BY_APPOINTMENT);
    }

    @Test
    void everyDateOfAClosureIsLeftOutBothEndsIncluded() {
        OpeningSchedule schedule = new OpeningSchedule(List.of(new OpeningSchedule.HoursSet(1, MONDAY, List.of(
                slot(DayOfWeek.MONDAY, "09:00", "11:00", OpeningMode.WALK_IN),
                slot(DayOfWeek.WEDNESDAY, "09:00", "11:00", OpeningMode.WALK_IN),
                slot(DayOfWeek.FRIDAY, "09:00", "11:00", OpeningMode.WALK_IN)))),
                List.of(new OpeningSchedule.Closure(MONDAY, MONDAY.plusDays(2))));

        assertThat(schedule.slots(MONDAY, MONDAY.plusDays(6), null)).extracting(OpenSlot::date)
                .containsExactly(MONDAY.plusDays(4));
    }
}
