package org.sportello.reporting.appointments;

/**
 * The minutes an office's timetable is open in a week, by mode: the sum of its weekly slots'
 * lengths on the office's clock. A slot is as long as the timetable says, on the day the clocks
 * change too: the report counts the hours offered, not the hours elapsed.
 */
record WeeklyMinutes(long walkIn, long byAppointment, long phoneLine) {

    static final WeeklyMinutes CLOSED = new WeeklyMinutes(0, 0, 0);

    WeeklyMinutes plus(WeeklyMinutes other) {
        return new WeeklyMinutes(walkIn + other.walkIn, byAppointment + other.byAppointment,
                phoneLine + other.phoneLine);
    }
}
