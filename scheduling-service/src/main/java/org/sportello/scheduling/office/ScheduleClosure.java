package org.sportello.scheduling.office;

import java.time.Instant;
import java.time.LocalDate;

public record ScheduleClosure(OfficeId officeId, LocalDate from, LocalDate to,
                              String reason, Instant scheduledAt) {
}
