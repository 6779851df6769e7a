package org.sportello.scheduling.operator;

import java.time.Instant;
import java.util.List;

import org.sportello.scheduling.office.OfficeId;

/**
 * The operator's roles, employer and offices, replacing earlier ones. Internal: not published yet
 * (the contracts have {@code OperatorRegistered.v1} only).
 *
 * @param droppedWindows the weekly windows at offices the operator no longer works at, dropped with
 *                       the change (the rest of the weekly pattern and the absences stay)
 */
public record OperatorChanged(OperatorId operatorId, List<OperatorRole> roles, String employer,
                              List<OfficeId> offices, List<WeeklyAvailability> droppedWindows, Instant changedAt) {
}
