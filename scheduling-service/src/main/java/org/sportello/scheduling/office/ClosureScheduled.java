package org.sportello.scheduling.office;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Closed on every local date from {@code from} to {@code to}, both included. The reason (a holiday,
 * a strike) stays inside scheduling: the published contract carries only the dates.
 */
public record ClosureScheduled(OfficeId officeId, LocalDate from, LocalDate to, String reason,
                               Instant scheduledAt) {
}
