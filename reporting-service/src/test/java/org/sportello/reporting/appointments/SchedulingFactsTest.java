package org.sportello.reporting.appointments;

import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.THURSDAY;
import static java.time.DayOfWeek.TUESDAY;
import static java.time.DayOfWeek.WEDNESDAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.sportello.contracts.scheduling.v1.OpeningMode.BY_APPOINTMENT;
import static org.sportello.contracts.scheduling.v1.OpeningMode.PHONE_LINE;
import static org.sportello.contracts.scheduling.v1.OpeningMode.WALK_IN;
import static org.sportello.reporting.appointments.SchedulingEvents.slot;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.sportello.contracts.scheduling.v1.AppointmentAttended;
import org.sportello.contracts.scheduling.v1.AppointmentBooked;
import org.sportello.contracts.scheduling.v1.AppointmentRequested;
import org.sportello.contracts.scheduling.v1.OfficeCreated;
import org.sportello.contracts.scheduling.v1.OpeningHoursSet;
import org.sportello.platform.consuming.UnusableEvent;
import org.sportello.platform.json.ContractJson;
import org.sportello.reporting.appointments.SchedulingFact.Count;

class SchedulingFactsTest {

    @Test
    void aRequestLateOnTheLastDayOfJanuaryInUtcCountsInFebruaryInRome() {
        AppointmentRequested request = SchedulingEvents.requested("massa", Instant.parse("2025-01-31T23:30:00Z"));

        assertThat(read(AppointmentRequested.TYPE, request))
                .isEqualTo(new SchedulingFact.Counted("massa", YearMonth.of(2025, 2), Count.REQUESTED));
    }

    @Test
    void aBookingCountsInTheMonthItWasMadeNotTheMonthOfTheInterview() {
        AppointmentBooked booked = SchedulingEvents.booked(UUID.randomUUID(), "massa",
                Instant.parse("2025-01-10T09:00:00Z"), Instant.parse("2025-01-20T09:00:00Z"),
                Instant.parse("2025-03-03T09:00:00Z"));

        assertThat(read(AppointmentBooked.TYPE, booked))
                .isEqualTo(new SchedulingFact.Counted("massa", YearMonth.of(2025, 1), Count.BOOKED));
    }

    @Test
    void anAttendedInterviewCountsInItsMonthWithItsWaitOnTheOfficesClock() {
        UUID appointment = UUID.randomUUID();
        AppointmentAttended attended = SchedulingEvents.attended(appointment, "massa",
                Instant.parse("2025-03-28T09:00:00Z"), Instant.parse("2025-03-31T22:30:00Z"));

        // 00:30 on 1 April in Rome; from 10:00 on 28 March, 3 days and 14.5 hours on the office's clock.
        assertThat(read(AppointmentAttended.TYPE, attended)).isEqualTo(new SchedulingFact.Outcome(appointment, "massa",
                YearMonth.of(2025, 4), true, 3 * 86_400L + 14 * 3600 + 1800));
    }

    @Test
    void anOfficeIsNamedFromTheMonthItWasCreated() {
        OfficeCreated created = SchedulingEvents.officeCreated("massa", Instant.parse("2024-12-31T23:10:00Z"));

        assertThat(read(OfficeCreated.TYPE, created)).isEqualTo(new SchedulingFact.OfficeNamed("massa", YearMonth.of(2025, 1)));
    }

    @Test
    void corsicosTimetableIsSummedByMode() {
        OpeningHoursSet corsico = SchedulingEvents.hours("corsico", LocalDate.of(2025, 2, 3),
                slot(MONDAY, "09:00", "11:00", WALK_IN),
                slot(MONDAY, "11:30", "13:00", PHONE_LINE), slot(WEDNESDAY, "11:30", "13:00", PHONE_LINE),
                slot(TUESDAY, "16:00", "17:30", PHONE_LINE), slot(THURSDAY, "16:00", "17:30", PHONE_LINE),
                slot(TUESDAY, "09:00", "12:30", BY_APPOINTMENT));

        SchedulingFact.HoursSet set = (SchedulingFact.HoursSet) read(OpeningHoursSet.TYPE, corsico);

        assertThat(set.weekly()).isEqualTo(new WeeklyMinutes(120, 210, 360));
        assertThat(set.validFrom()).isEqualTo(LocalDate.of(2025, 2, 3));
        assertThat(set.month()).isEqualTo(YearMonth.of(2025, 2));
    }

    @Test
    void overlappingSlotsOfOneModeCountEachHourOnce() {
        OpeningHoursSet overlapping = SchedulingEvents.hours("massa", LocalDate.of(2025, 2, 3),
                slot(MONDAY, "09:00", "11:00", WALK_IN), slot(MONDAY, "10:00", "12:00", WALK_IN),
                slot(MONDAY, "12:00", "12:30", WALK_IN), slot(MONDAY, "10:00", "11:00", BY_APPOINTMENT),
                slot(TUESDAY, "10:00", "11:00", WALK_IN));

        SchedulingFact.HoursSet set = (SchedulingFact.HoursSet) read(OpeningHoursSet.TYPE, overlapping);

        assertThat(set.weekly()).isEqualTo(new WeeklyMinutes(210 + 60, 60, 0));
    }

    @Test
    void aSlotThatDoesNotEndAfterItStartsIsUnusable() {
        OpeningHoursSet backwards = SchedulingEvents.hours("massa", LocalDate.of(2025, 2, 3),
                slot(MONDAY, "11:00", "09:00", WALK_IN));

        assertThatThrownBy(() -> read(OpeningHoursSet.TYPE, backwards)).isInstanceOf(UnusableEvent.class);
    }

    @Test
    void anInterviewBeforeItsRequestIsUnusable() {
        AppointmentAttended attended = SchedulingEvents.attended(UUID.randomUUID(), "massa",
                Instant.parse("2025-03-10T09:00:00Z"), Instant.parse("2025-03-09T09:00:00Z"));

        assertThatThrownBy(() -> read(AppointmentAttended.TYPE, attended)).isInstanceOf(UnusableEvent.class);
    }

    @Test
    void theReservedSlugAllIsNoOffice() {
        AppointmentRequested request = SchedulingEvents.requested("all", Instant.parse("2025-01-10T10:00:00Z"));

        assertThatThrownBy(() -> read(AppointmentRequested.TYPE, request)).isInstanceOf(UnusableEvent.class);
    }

    private static SchedulingFact read(String type, Object event) {
        return SchedulingFacts.read(type, ContractJson.write(event));
    }
}
