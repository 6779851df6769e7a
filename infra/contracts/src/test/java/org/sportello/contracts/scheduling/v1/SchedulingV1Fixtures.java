package org.sportello.contracts.scheduling.v1;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

/**
 * One event of each type, built in Java, for the approved snapshots. Fixed values only: a snapshot
 * must not change from one run to the next.
 */
final class SchedulingV1Fixtures {

    static final UUID CITIZEN_ID = UUID.fromString("28ebeea7-570a-4ab2-b5f1-39978c567825");
    static final UUID REQUEST_ID = UUID.fromString("b7d0c3e2-4f5a-4e61-9c8b-0d1e2f3a4b5c");
    static final UUID APPOINTMENT_ID = UUID.fromString("6c1f9e3a-2b4d-4a8e-b7c6-d5e4f3a2b1c0");
    static final String OFFICE = "corsico";
    static final String RECORDED_BY = "op-0173";
    static final Operator SOCIAL_WORKER = new Operator("op-0173", OperatorRole.SOCIAL_WORKER);
    static final Operator EDUCATOR = new Operator("op-0288", OperatorRole.EDUCATOR);
    // 31 January in UTC but already 1 February in Rome: a month boundary that readers of the
    // snapshots should see written as UTC, with the Z.
    static final Instant FEBRUARY_IN_ROME = Instant.parse("2025-01-31T23:30:00Z");
    // The interview: Monday 3 February 2025, 10:00 to 11:00 in Rome.
    static final Instant START = Instant.parse("2025-02-03T09:00:00Z");
    static final Instant END = Instant.parse("2025-02-03T10:00:00Z");

    private SchedulingV1Fixtures() {
    }

    static List<Record> oneOfEach() {
        return List.of(
                new DistrictCreated("est-milano", "Est Milano", FEBRUARY_IN_ROME, RECORDED_BY),
                new MunicipalityCreated("corsico", "Corsico", "est-milano", FEBRUARY_IN_ROME, RECORDED_BY),
                new OfficeCreated(OFFICE, "corsico", "Segretariato Sociale di Corsico", "Piazza Esempio 1, 20094 Corsico",
                        OfficeKind.SECRETARIAT, null, FEBRUARY_IN_ROME, null, true),
                openingHoursSet(),
                new ClosureScheduled(OFFICE, LocalDate.of(2025, 12, 24), LocalDate.of(2025, 12, 26), FEBRUARY_IN_ROME,
                        RECORDED_BY),
                new OperatorRegistered("op-0288", List.of(OperatorRole.EDUCATOR, OperatorRole.ADMINISTRATIVE),
                        "Comune di Corsico", List.of(OFFICE, "corsico-centro"), FEBRUARY_IN_ROME, RECORDED_BY),
                // An anonymous caller: no citizen id, and nobody recorded it but the service.
                new AppointmentRequested(REQUEST_ID, OFFICE, null, RequestChannel.ONLINE,
                        List.of(OperatorRole.SOCIAL_WORKER, OperatorRole.EDUCATOR), 60, FEBRUARY_IN_ROME, null),
                new WaitingListJoined(REQUEST_ID, OFFICE, FEBRUARY_IN_ROME),
                new AppointmentBooked(APPOINTMENT_ID, REQUEST_ID, OFFICE, CITIZEN_ID, START, END,
                        List.of(SOCIAL_WORKER, EDUCATOR), FEBRUARY_IN_ROME,
                        // Sub-second precision pins how instants with a fraction are written.
                        Instant.parse("2025-01-31T23:31:00.125Z"), RECORDED_BY),
                new AppointmentRescheduled(APPOINTMENT_ID, OFFICE, START.plusSeconds(86_400), END.plusSeconds(86_400),
                        List.of(SOCIAL_WORKER, EDUCATOR), FEBRUARY_IN_ROME, RECORDED_BY),
                new AppointmentCancelled(APPOINTMENT_ID, OFFICE, CancelledBy.OFFICE, FEBRUARY_IN_ROME, RECORDED_BY),
                new AppointmentAttended(APPOINTMENT_ID, OFFICE, CITIZEN_ID, START, FEBRUARY_IN_ROME, END, RECORDED_BY),
                new AppointmentMissed(APPOINTMENT_ID, OFFICE, START, FEBRUARY_IN_ROME, END, RECORDED_BY));
    }

    private static OpeningHoursSet openingHoursSet() {
        return new OpeningHoursSet(OFFICE, LocalDate.of(2025, 2, 3), List.of(
                new WeeklySlot(DayOfWeek.MONDAY, LocalTime.of(9, 0), LocalTime.of(11, 0), OpeningMode.WALK_IN),
                new WeeklySlot(DayOfWeek.MONDAY, LocalTime.of(11, 30), LocalTime.of(13, 0), OpeningMode.PHONE_LINE),
                // A fraction of a second pins how a local time with one is written.
                new WeeklySlot(DayOfWeek.TUESDAY, LocalTime.of(16, 0), LocalTime.of(17, 30, 0, 500_000_000),
                        OpeningMode.BY_APPOINTMENT)),
                FEBRUARY_IN_ROME, RECORDED_BY);
    }
}
