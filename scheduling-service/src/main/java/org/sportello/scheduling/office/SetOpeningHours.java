package org.sportello.scheduling.office;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A new weekly set from {@code validFrom} on; empty slots mean closed every day from then. */
public record SetOpeningHours(OfficeId officeId, LocalDate validFrom,
                              List<WeeklySlot> slots, Instant setAt) {
}
