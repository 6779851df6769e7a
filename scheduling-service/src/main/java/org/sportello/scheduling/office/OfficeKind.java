package org.sportello.scheduling.office;

/** What kind of desk an office is. */
public enum OfficeKind {
    /** A municipal office of the Segretariato Sociale. */
    SECRETARIAT,
    /** A partner association's help desk in a distributed secretariat (segretariato sociale diffuso). */
    PARTNER_DESK
}
