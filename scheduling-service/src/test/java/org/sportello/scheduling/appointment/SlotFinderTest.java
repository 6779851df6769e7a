package org.sportello.scheduling.appointment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.sportello.scheduling.office.OfficeId;
import org.sportello.scheduling.office.OpeningMode;
import org.sportello.scheduling.operator.OperatorId;
import org.sportello.scheduling.operator.OperatorRole;
import org.sportello.scheduling.time.TimeWindow;

class SlotFinderTest {

    private static final OfficeId MASSA = new OfficeId("massa");
    private static final Duration HOUR = Duration.ofHours(1);
    /** Monday 23 March 2026, 08:00 in Massa (CET, UTC+1). */
    private static final Instant MONDAY_EARLY = Instant.parse("2026-03-23T07:00:00Z");
    private static final Instant WEEK_LATER = MONDAY_EARLY.plus(Duration.ofDays(7));
    private static final List<OperatorRole> SOCIAL_WORKER = List.of(OperatorRole.SOCIAL_WORKER);
    private static final List<OperatorRole> JOINT = List.of(OperatorRole.SOCIAL_WORKER, OperatorRole.EDUCATOR);

    private final FakeOfficeCalendar offices = new FakeOfficeCalendar();
    private final FakeStaffCalendar staff = new FakeStaffCalendar();
    private final InMemoryBookedTime booked = new InMemoryBookedTime();
    private final SlotFinder finder = new SlotFinder(offices, staff, booked, Duration.ofMinutes(15));

    @Test
    void proposesTheFirstFreeSlotsOnTheGridInStartOrder() {
        mondayMorningWith("sw-1");

        List<Proposal> found = finder.find(MASSA, SOCIAL_WORKER, HOUR, MONDAY_EARLY, WEEK_LATER, 3);

        assertThat(found).extracting(Proposal::start).containsExactly(
                Instant.parse("2026-03-23T08:00:00Z"), Instant.parse("2026-03-23T08:15:00Z"),
                Instant.parse("2026-03-23T08:30:00Z"));
        assertThat(found.get(0).end()).isEqualTo(Instant.parse("2026-03-23T09:00:00Z"));
        assertThat(found.get(0).operators()).containsExactly(operator("sw-1", OperatorRole.SOCIAL_WORKER));
    }

    @Test
    void slotsEndByTheOfficesClose() {
        mondayMorningWith("sw-1");

        List<Proposal> found = finder.find(MASSA, SOCIAL_WORKER, HOUR, MONDAY_EARLY, WEEK_LATER, 100);

        // 09:00 to 11:00 holds an hour from 09:00, 09:15, 09:30, 09:45 and 10:00, every Monday.
        assertThat(found).hasSize(5);
        assertThat(found.get(4).end()).isEqualTo(Instant.parse("2026-03-23T10:00:00Z"));
    }

    @Test
    void neverProposesThePastAndRoundsUpToTheGrid() {
        mondayMorningWith("sw-1");

        List<Proposal> found = finder.find(MASSA, SOCIAL_WORKER, HOUR, Instant.parse("2026-03-23T08:20:00Z"),
                WEEK_LATER, 1);

        assertThat(found).extracting(Proposal::start).containsExactly(Instant.parse("2026-03-23T08:30:00Z"));
    }

    @Test
    void onlyByAppointmentHoursAreBookable() {
        offices.open(MASSA, DayOfWeek.MONDAY, "09:00", "11:00", OpeningMode.WALK_IN)
               .open(MASSA, DayOfWeek.TUESDAY, "16:00", "17:30", OpeningMode.PHONE_LINE);
        staff.works("sw-1", MASSA, OperatorRole.SOCIAL_WORKER)
             .available("sw-1", MASSA, DayOfWeek.MONDAY, "08:00", "18:00")
             .available("sw-1", MASSA, DayOfWeek.TUESDAY, "08:00", "18:00");

        assertThat(finder.find(MASSA, SOCIAL_WORKER, HOUR, MONDAY_EARLY, WEEK_LATER, 5)).isEmpty();
    }

    @Test
    void closedDaysAreLeftOut() {
        mondayMorningWith("sw-1");
        offices.closedOn(LocalDate.parse("2026-03-23"));

        List<Proposal> found = finder.find(MASSA, SOCIAL_WORKER, HOUR, MONDAY_EARLY, WEEK_LATER.plus(HOUR), 1);

        assertThat(found).extracting(Proposal::start).containsExactly(Instant.parse("2026-03-30T07:00:00Z"));
    }

    @Test
    void anOperatorIsProposedOnlyWhereAvailableForTheWholeSlot() {
        offices.byAppointment(MASSA, DayOfWeek.MONDAY, "09:00", "12:00");
        staff.works("sw-1", MASSA, OperatorRole.SOCIAL_WORKER)
             .available("sw-1", MASSA, DayOfWeek.MONDAY, "10:30", "12:00");

        List<Proposal> found = finder.find(MASSA, SOCIAL_WORKER, HOUR, MONDAY_EARLY, MONDAY_EARLY.plus(Duration.ofDays(1)), 5);

        assertThat(found).extracting(Proposal::start).containsExactly(
                Instant.parse("2026-03-23T09:30:00Z"), Instant.parse("2026-03-23T09:45:00Z"),
                Instant.parse("2026-03-23T10:00:00Z"));
    }

    @Test
    void availabilityWindowsThatTouchHoldASlotAcrossThem() {
        offices.byAppointment(MASSA, DayOfWeek.MONDAY, "09:00", "12:00");
        staff.works("sw-1", MASSA, OperatorRole.SOCIAL_WORKER)
             .available("sw-1", MASSA, DayOfWeek.MONDAY, "09:00", "10:00")
             .available("sw-1", MASSA, DayOfWeek.MONDAY, "10:00", "12:00");

        assertThat(finder.find(MASSA, SOCIAL_WORKER, Duration.ofHours(3), MONDAY_EARLY, WEEK_LATER, 1))
                .extracting(Proposal::start).containsExactly(Instant.parse("2026-03-23T08:00:00Z"));
    }

    @Test
    void absentOperatorsAreNotProposed() {
        mondayMorningWith("sw-1");
        staff.absentOn("sw-1", LocalDate.parse("2026-03-23"));

        assertThat(finder.find(MASSA, SOCIAL_WORKER, HOUR, MONDAY_EARLY, WEEK_LATER.plus(HOUR), 1))
                .extracting(Proposal::start).containsExactly(Instant.parse("2026-03-30T07:00:00Z"));
    }

    @Test
    void aBookedOperatorIsNotProposedForAnOverlappingSlot() {
        mondayMorningWith("sw-1");
        booked.claim(AppointmentId.random(), MASSA, List.of(operator("sw-1", OperatorRole.SOCIAL_WORKER)),
                new TimeWindow(Instant.parse("2026-03-23T08:00:00Z"), Instant.parse("2026-03-23T09:00:00Z")));

        assertThat(finder.find(MASSA, SOCIAL_WORKER, HOUR, MONDAY_EARLY, WEEK_LATER, 1))
                .extracting(Proposal::start).containsExactly(Instant.parse("2026-03-23T09:00:00Z"));
    }

    @Test
    void aBookedOperatorGivesWayToAFreeColleague() {
        mondayMorningWith("sw-1");
        staff.works("sw-2", MASSA, OperatorRole.SOCIAL_WORKER)
             .available("sw-2", MASSA, DayOfWeek.MONDAY, "09:00", "11:00");
        booked.claim(AppointmentId.random(), MASSA, List.of(operator("sw-1", OperatorRole.SOCIAL_WORKER)),
                new TimeWindow(Instant.parse("2026-03-23T08:00:00Z"), Instant.parse("2026-03-23T09:00:00Z")));

        Proposal first = finder.find(MASSA, SOCIAL_WORKER, HOUR, MONDAY_EARLY, WEEK_LATER, 1).get(0);

        assertThat(first.start()).isEqualTo(Instant.parse("2026-03-23T08:00:00Z"));
        assertThat(first.operators()).containsExactly(operator("sw-2", OperatorRole.SOCIAL_WORKER));
    }

    @Test
    void aJointInterviewNeedsADistinctOperatorForEachRole() {
        offices.byAppointment(MASSA, DayOfWeek.MONDAY, "09:00", "11:00");
        // "a-both" could fill either role; only giving the social worker's role to "b-sw" fills both.
        staff.works("a-both", MASSA, OperatorRole.SOCIAL_WORKER, OperatorRole.EDUCATOR)
             .works("b-sw", MASSA, OperatorRole.SOCIAL_WORKER)
             .available("a-both", MASSA, DayOfWeek.MONDAY, "09:00", "11:00")
             .available("b-sw", MASSA, DayOfWeek.MONDAY, "09:00", "11:00");

        Proposal first = finder.find(MASSA, JOINT, HOUR, MONDAY_EARLY, WEEK_LATER, 1).get(0);

        assertThat(first.operators()).containsExactly(operator("b-sw", OperatorRole.SOCIAL_WORKER),
                operator("a-both", OperatorRole.EDUCATOR));
    }

    @Test
    void aJointInterviewWithOnePersonForBothRolesIsNotProposed() {
        offices.byAppointment(MASSA, DayOfWeek.MONDAY, "09:00", "11:00");
        staff.works("a-both", MASSA, OperatorRole.SOCIAL_WORKER, OperatorRole.EDUCATOR)
             .available("a-both", MASSA, DayOfWeek.MONDAY, "09:00", "11:00");

        assertThat(finder.find(MASSA, JOINT, HOUR, MONDAY_EARLY, WEEK_LATER, 1)).isEmpty();
    }

    @Test
    void onTheSpringDaylightSavingSundayStartsStayOnTheLocalGrid() {
        offices.byAppointment(MASSA, DayOfWeek.SUNDAY, "09:00", "10:00");
        staff.works("sw-1", MASSA, OperatorRole.SOCIAL_WORKER)
             .available("sw-1", MASSA, DayOfWeek.SUNDAY, "08:00", "12:00");
        Instant saturday = Instant.parse("2026-03-28T12:00:00Z");

        List<Proposal> found = finder.find(MASSA, SOCIAL_WORKER, Duration.ofMinutes(30), saturday,
                saturday.plus(Duration.ofDays(2)), 10);

        // 29 March 2026 has 23 hours: 09:00 in Massa is 07:00 UTC (CEST), not 08:00.
        assertThat(found).extracting(Proposal::start).containsExactly(Instant.parse("2026-03-29T07:00:00Z"),
                Instant.parse("2026-03-29T07:15:00Z"), Instant.parse("2026-03-29T07:30:00Z"));
    }

    @Test
    void onTheAutumnDaylightSavingSundayStartsStayOnTheLocalGrid() {
        offices.byAppointment(MASSA, DayOfWeek.SUNDAY, "09:00", "10:00");
        staff.works("sw-1", MASSA, OperatorRole.SOCIAL_WORKER)
             .available("sw-1", MASSA, DayOfWeek.SUNDAY, "08:00", "12:00");
        Instant saturday = Instant.parse("2026-10-24T12:00:00Z");

        List<Proposal> found = finder.find(MASSA, SOCIAL_WORKER, HOUR, saturday, saturday.plus(Duration.ofDays(2)), 10);

        // 25 October 2026 has 25 hours: 09:00 in Massa is 08:00 UTC (CET) again.
        assertThat(found).extracting(Proposal::start).containsExactly(Instant.parse("2026-10-25T08:00:00Z"));
    }

    @Test
    void checkAcceptsAFreeSlot() {
        mondayMorningWith("sw-1");
        List<BookedOperator> team = List.of(operator("sw-1", OperatorRole.SOCIAL_WORKER));

        Proposal slot = finder.check(MASSA, SOCIAL_WORKER, HOUR, Instant.parse("2026-03-23T08:30:00Z"), team, MONDAY_EARLY);

        assertThat(slot.window()).isEqualTo(new TimeWindow(Instant.parse("2026-03-23T08:30:00Z"),
                Instant.parse("2026-03-23T09:30:00Z")));
    }

    @Test
    void checkRefusesASlotInThePast() {
        mondayMorningWith("sw-1");

        assertThatThrownBy(() -> finder.check(MASSA, SOCIAL_WORKER, HOUR, Instant.parse("2026-03-23T08:00:00Z"),
                List.of(operator("sw-1", OperatorRole.SOCIAL_WORKER)), Instant.parse("2026-03-23T08:01:00Z")))
                .isInstanceOf(SlotUnavailable.class);
    }

    @Test
    void checkRefusesAStartOffTheGrid() {
        mondayMorningWith("sw-1");

        assertThatThrownBy(() -> finder.check(MASSA, SOCIAL_WORKER, HOUR, Instant.parse("2026-03-23T08:05:00Z"),
                List.of(operator("sw-1", OperatorRole.SOCIAL_WORKER)), MONDAY_EARLY))
                .isInstanceOf(SlotUnavailable.class);
    }

    @Test
    void checkRefusesASlotPastTheOfficesClose() {
        mondayMorningWith("sw-1");

        assertThatThrownBy(() -> finder.check(MASSA, SOCIAL_WORKER, HOUR, Instant.parse("2026-03-23T09:15:00Z"),
                List.of(operator("sw-1", OperatorRole.SOCIAL_WORKER)), MONDAY_EARLY))
                .isInstanceOf(SlotUnavailable.class);
    }

    @Test
    void checkRefusesAnOperatorInARoleTheyDoNotHoldThere() {
        mondayMorningWith("sw-1");

        assertThatThrownBy(() -> finder.check(MASSA, List.of(OperatorRole.EDUCATOR), HOUR,
                Instant.parse("2026-03-23T08:00:00Z"), List.of(operator("sw-1", OperatorRole.EDUCATOR)), MONDAY_EARLY))
                .isInstanceOf(OperatorsDoNotMatchRoles.class);
    }

    @Test
    void checkRefusesOperatorsThatDoNotFillTheRequiredRoles() {
        mondayMorningWith("sw-1");

        assertThatThrownBy(() -> finder.check(MASSA, JOINT, HOUR, Instant.parse("2026-03-23T08:00:00Z"),
                List.of(operator("sw-1", OperatorRole.SOCIAL_WORKER)), MONDAY_EARLY))
                .isInstanceOf(OperatorsDoNotMatchRoles.class);
    }

    @Test
    void checkRefusesAnOperatorBookedThen() {
        mondayMorningWith("sw-1");
        List<BookedOperator> team = List.of(operator("sw-1", OperatorRole.SOCIAL_WORKER));
        booked.claim(AppointmentId.random(), MASSA, team,
                new TimeWindow(Instant.parse("2026-03-23T08:30:00Z"), Instant.parse("2026-03-23T09:30:00Z")));

        assertThatThrownBy(() -> finder.check(MASSA, SOCIAL_WORKER, HOUR, Instant.parse("2026-03-23T08:00:00Z"),
                team, MONDAY_EARLY)).isInstanceOf(SlotTaken.class);
    }

    private void mondayMorningWith(String operatorId) {
        offices.byAppointment(MASSA, DayOfWeek.MONDAY, "09:00", "11:00");
        staff.works(operatorId, MASSA, OperatorRole.SOCIAL_WORKER)
             .available(operatorId, MASSA, DayOfWeek.MONDAY, "09:00", "11:00");
    }

    private static BookedOperator operator(String id, OperatorRole role) {
        return new BookedOperator(new OperatorId(id), role);
    }
}
