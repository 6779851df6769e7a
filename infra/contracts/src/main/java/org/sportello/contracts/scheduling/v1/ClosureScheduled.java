package org.sportello.contracts.scheduling.v1;

import java.time.Instant;
import java.time.LocalDate;

/**
 * An office will be closed on every local date from {@code from} to {@code to}, both included
 * (a holiday, a single day, a range), whatever its opening hours say. Keyed by {@code officeId}.
 *
 * @param officeId    the office
 * @param from        the first closed local date (Europe/Rome)
 * @param to          the last closed local date, not before {@code from}
 * @param scheduledAt when the closure was recorded, UTC
 * @param recordedBy  who recorded it (the token's pseudonymous {@code sub}); null when no caller did
 */
public record ClosureScheduled(String officeId, LocalDate from, LocalDate to, Instant scheduledAt,
                               String recordedBy) {

    public static final String TYPE = "sportello.scheduling.ClosureScheduled.v1";
}
