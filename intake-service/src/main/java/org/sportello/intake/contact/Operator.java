package org.sportello.intake.contact;

/** A member of staff (or partner volunteer) who took part in a contact: an opaque id, never a name, and the role. */
public record Operator(String operatorId, OperatorRole role) {
}
