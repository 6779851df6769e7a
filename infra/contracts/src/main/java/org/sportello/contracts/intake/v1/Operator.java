package org.sportello.contracts.intake.v1;

/**
 * A member of staff (or partner volunteer) who took part in a contact, and in which role.
 *
 * @param operatorId an opaque id of the operator, never a name or e-mail address
 * @param role       the role in which the operator took part
 */
public record Operator(String operatorId, OperatorRole role) {
}
