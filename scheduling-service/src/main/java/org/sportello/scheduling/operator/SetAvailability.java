package org.sportello.scheduling.operator;

import java.time.Instant;
import java.util.List;

/** The operator's whole availability from now on: it replaces the previous pattern and absences. */
public record SetAvailability(OperatorId operatorId, List<WeeklyAvailability> weekly, List<Absence> absences,
                              Instant setAt) {
}
