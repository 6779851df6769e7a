package org.sportello.contracts.scheduling.v1;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * An office's weekly opening hours from a date on, until a later set replaces them; earlier sets stay
 * in force for the dates before (Massa's hours went from 6 to 21 a week). Keyed by {@code officeId}.
 *
 * @param officeId  the office
 * @param validFrom the first local date (Europe/Rome) these hours apply to
 * @param slots     the weekly slots; empty means closed every day from {@code validFrom}
 * @param setAt     when the set was recorded, UTC
 * @param recordedBy who recorded it (the token's pseudonymous {@code sub}); null when no caller did
 */
public record OpeningHoursSet(String officeId, LocalDate validFrom, List<WeeklySlot> slots, Instant setAt,
                              String recordedBy) {

    public static final String TYPE = "sportello.scheduling.OpeningHoursSet.v1";
}
