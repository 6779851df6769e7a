package org.sportello.contracts.intake.v1;

/** The professional role in which an operator took part in a contact. */
public enum OperatorRole {
    SOCIAL_WORKER,
    EDUCATOR,
    ADMINISTRATIVE,
    PARTNER_VOLUNTEER
}
