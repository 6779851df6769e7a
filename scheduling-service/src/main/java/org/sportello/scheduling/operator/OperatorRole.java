package org.sportello.scheduling.operator;

/** The roles in which staff take part in interviews. */
public enum OperatorRole {
    SOCIAL_WORKER,
    EDUCATOR,
    ADMINISTRATIVE,
    PARTNER_VOLUNTEER
}
