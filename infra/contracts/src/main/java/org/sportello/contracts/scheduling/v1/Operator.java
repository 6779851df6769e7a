package org.sportello.contracts.scheduling.v1;

/**
 * A member of staff booked for an appointment, and in which role.
 *
 * @param operatorId the pseudonymous operator id, never a name
 * @param role       the role they hold in this appointment
 */
public record Operator(String operatorId, OperatorRole role) {
}
