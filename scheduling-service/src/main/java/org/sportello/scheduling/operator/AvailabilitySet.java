package org.sportello.scheduling.operator;

import java.time.Instant;
import java.util.List;

/** The operator's weekly pattern and absences, replacing earlier ones. Internal: not published. */
public record AvailabilitySet(OperatorId operatorId, List<WeeklyAvailability> weekly, List<Absence> absences,
                              Instant setAt) {
}
