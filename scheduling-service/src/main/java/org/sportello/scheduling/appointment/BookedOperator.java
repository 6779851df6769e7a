package org.sportello.scheduling.appointment;

import org.sportello.scheduling.operator.OperatorId;
import org.sportello.scheduling.operator.OperatorRole;

/** A member of staff booked for an interview, in one of the roles the request requires. */
public record BookedOperator(OperatorId operatorId, OperatorRole role) {
}
