package org.sportello.scheduling.office;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sportello.scheduling.RegistryApi.slot;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sportello.scheduling.RegistryApi;
import org.sportello.scheduling.RunningScheduling;
import org.springframework.beans.factory.annotation.Autowired;

/** What appointments ask of the registry, answered from what administrators set over HTTP. */
class OfficeCalendarIT extends RunningScheduling {

    @Autowired
    OfficeCalendar calendar;

    private RegistryApi api;

    @BeforeEach
    void setUp() {
        api = new RegistryApi(port);
    }

    @Test
    void createdOfficeExistsAndAnUnknownOneDoesNot() {
        String office = api.newOffice().officeId();

        assertThat(calendar.exists(new OfficeId(office))).isTrue();
        assertThat(calendar.exists(new OfficeId("no-such-office"))).isFalse();
    }

    @Test
    void openSlotsFollowTheSetValidEachDateLeaveOutClosuresAndFilterByMode() {
        String office = api.newOffice().officeId();
        // Massa raised its hours: from 2025-03-10 Mondays gain an afternoon by appointment.
        api.setHours(office, "2025-01-01", List.of(slot("MONDAY", "09:00", "11:00", "WALK_IN")));
        api.setHours(office, "2025-03-10", List.of(slot("MONDAY", "09:00", "11:00", "WALK_IN"),
                slot("MONDAY", "14:00", "17:00", "BY_APPOINTMENT")));
        api.close(office, "2025-03-17", "2025-03-17");

        List<OpenSlot> slots = calendar.openSlots(new OfficeId(office), LocalDate.of(2025, 3, 3),
                LocalDate.of(2025, 3, 24), null);

        assertThat(slots).containsExactly(
                new OpenSlot(LocalDate.of(2025, 3, 3), LocalTime.of(9, 0), LocalTime.of(11, 0), OpeningMode.WALK_IN),
                new OpenSlot(LocalDate.of(2025, 3, 10), LocalTime.of(9, 0), LocalTime.of(11, 0), OpeningMode.WALK_IN),
                new OpenSlot(LocalDate.of(2025, 3, 10), LocalTime.of(14, 0), LocalTime.of(17, 0), OpeningMode.BY_APPOINTMENT),
                new OpenSlot(LocalDate.of(2025, 3, 24), LocalTime.of(9, 0), LocalTime.of(11, 0), OpeningMode.WALK_IN),
                new OpenSlot(LocalDate.of(2025, 3, 24), LocalTime.of(14, 0), LocalTime.of(17, 0), OpeningMode.BY_APPOINTMENT));
        assertThat(calendar.openSlots(new OfficeId(office), LocalDate.of(2025, 3, 3), LocalDate.of(2025, 3, 24),
                OpeningMode.BY_APPOINTMENT)).extracting(OpenSlot::date)
                .containsExactly(LocalDate.of(2025, 3, 10), LocalDate.of(2025, 3, 24));
    }

    @Test
    void aSlotAcrossTheNightTheClocksChangeKeepsItsLocalTimesAndItsTrueLength() {
        String office = api.newOffice().officeId();
        // Sundays 01:00-04:00: on 2025-03-30 the clocks go 02:00 -> 03:00, on 2025-10-26 03:00 -> 02:00.
        api.setHours(office, "2025-01-01", List.of(slot("SUNDAY", "01:00", "04:00", "PHONE_LINE")));

        OpenSlot spring = calendar.openSlots(new OfficeId(office), LocalDate.of(2025, 3, 30), LocalDate.of(2025, 3, 30), null).get(0);
        OpenSlot autumn = calendar.openSlots(new OfficeId(office), LocalDate.of(2025, 10, 26), LocalDate.of(2025, 10, 26), null).get(0);
        OpenSlot ordinary = calendar.openSlots(new OfficeId(office), LocalDate.of(2025, 4, 6), LocalDate.of(2025, 4, 6), null).get(0);

        assertThat(spring.from()).isEqualTo(LocalTime.of(1, 0));
        assertThat(spring.to()).isEqualTo(LocalTime.of(4, 0));
        assertThat(spring.window().length()).isEqualTo(Duration.ofHours(2));
        assertThat(autumn.window().length()).isEqualTo(Duration.ofHours(4));
        assertThat(ordinary.window().length()).isEqualTo(Duration.ofHours(3));
    }
}
