package org.sportello.scheduling.office;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The office's weekly hours from {@code validFrom} on, until a set with a later {@code validFrom};
 * a later set with the same {@code validFrom} replaces this one for those dates. Earlier sets stay.
 */
public record OpeningHoursSet(OfficeId officeId, LocalDate validFrom, List<WeeklySlot> slots, Instant setAt) {
}
