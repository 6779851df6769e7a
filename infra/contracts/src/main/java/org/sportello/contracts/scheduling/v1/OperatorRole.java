package org.sportello.contracts.scheduling.v1;

/** A member of staff's professional role, as appointments require them. */
public enum OperatorRole {
    SOCIAL_WORKER,
    EDUCATOR,
    ADMINISTRATIVE,
    PARTNER_VOLUNTEER
}
