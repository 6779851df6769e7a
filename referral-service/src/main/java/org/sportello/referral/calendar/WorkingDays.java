package org.sportello.referral.calendar;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Response deadlines in working days under the Italian calendar: Monday to Friday, less Italy's
 * public holidays, counted in Europe/Rome.
 */
public interface WorkingDays {

    /**
     * The last local day of a deadline of {@code workingDays} working days from {@code from}: the
     * day of {@code from} itself does not count, so 5 working days from a Friday end on the next
     * Friday (a holiday on the way moves it on by a day).
     */
    LocalDate dueBy(Instant from, int workingDays);

    /** The instant a deadline ending on {@code dueBy} has passed: the start of the next local day. */
    Instant passedAt(LocalDate dueBy);
}
