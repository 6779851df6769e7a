package org.sportello.scheduling.operator;

import java.time.Instant;
import java.util.List;

import org.sportello.scheduling.office.OfficeId;

/** The operator's roles, employer and offices from now on, each replacing the previous ones. */
public record ChangeOperator(OperatorId operatorId, List<OperatorRole> roles, String employer, List<OfficeId> offices,
                             Instant changedAt) {
}
