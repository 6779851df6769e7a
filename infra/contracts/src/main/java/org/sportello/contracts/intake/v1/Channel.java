package org.sportello.contracts.intake.v1;

/** How a contact reached the office. */
public enum Channel {
    WALK_IN,
    PHONE,
    EMAIL,
    APPOINTMENT,
    /** An orientation at a partner organisation's desk (segretariato sociale diffuso). */
    PARTNER_DESK
}
