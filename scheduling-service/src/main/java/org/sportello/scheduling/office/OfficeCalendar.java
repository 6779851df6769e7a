package org.sportello.scheduling.office;

import java.time.LocalDate;
import java.util.List;

/**
 * What the rest of scheduling (appointments) may ask of the office registry: whether an office
 * exists, and when it is open. Answered from the registry's read model, which the registry's
 * subscribing projection writes in the command's own transaction.
 */
public interface OfficeCalendar {

    boolean exists(OfficeId officeId);

    /**
     * The office's concrete open slots on the local dates {@code from} to {@code to} (both included),
     * each from the opening-hours set valid on its date, closures left out, ordered by start.
     *
     * @param mode only slots of this mode; null for every mode
     */
    List<OpenSlot> openSlots(OfficeId officeId, LocalDate from, LocalDate to, OpeningMode mode);
}
