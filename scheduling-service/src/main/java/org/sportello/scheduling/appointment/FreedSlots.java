package org.sportello.scheduling.appointment;

import java.time.Instant;

import org.sportello.scheduling.office.OfficeId;
import org.sportello.scheduling.time.TimeWindow;

/**
 * Told, in the command's transaction, that a booked window was freed (cancelled, or moved away from).
 * {@code now} is the server's clock, whatever time the change is recorded at: only what is still
 * ahead then can be offered to anyone.
 */
public interface FreedSlots {

    void freed(OfficeId officeId, TimeWindow window, AppointmentId freedBy, Instant now);
}
