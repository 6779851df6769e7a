package org.sportello.reporting.appointments;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.UUID;

/**
 * What the appointments report keeps of one scheduling event. Every fact names its office and the
 * month it belongs to, so that an office has rows from the first month any event places it in.
 */
sealed interface SchedulingFact {

    String officeId();

    YearMonth month();

    /** The office exists ({@code OfficeCreated}), from the month it was created. */
    record OfficeNamed(String officeId, YearMonth month) implements SchedulingFact {
    }

    /** A count of the month: a request by its request time, a booking by its booking time, a cancellation by its time. */
    record Counted(String officeId, YearMonth month, Count count) implements SchedulingFact {
    }

    enum Count { REQUESTED, BOOKED, CANCELLED }

    /**
     * An interview's outcome, by the interview's month; the wait only when it was attended. Kept
     * per appointment, so that an outcome told twice counts once whatever its event id.
     */
    record Outcome(UUID appointmentId, String officeId, YearMonth month, boolean attended, Long waitSeconds)
            implements SchedulingFact {
    }

    /** An office's weekly hours from {@code validFrom} on, until a set with a later date replaces them. */
    record HoursSet(String officeId, LocalDate validFrom, Instant setAt, WeeklyMinutes weekly)
            implements SchedulingFact {

        @Override
        public YearMonth month() {
            return YearMonth.from(validFrom);
        }
    }
}
