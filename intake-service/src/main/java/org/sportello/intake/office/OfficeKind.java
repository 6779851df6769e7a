package org.sportello.intake.office;

/**
 * What kind of desk an office is, as scheduling published it: who may record contacts there
 * depends on it (a partner desk's office is its desk's, a secretariat office the municipality's).
 */
public enum OfficeKind {
    /** A municipal office of the Segretariato Sociale. */
    SECRETARIAT,
    /** A partner organisation's help desk in a distributed secretariat (segretariato sociale diffuso). */
    PARTNER_DESK,
    /**
     * A kind intake does not know (one scheduling may add later): neither a partner desk nor, for
     * the channel {@code PARTNER_DESK}, a place a desk records at.
     */
    UNRECOGNISED;

    /** The kind as {@code known_office} stores it, the contract's name. */
    static OfficeKind of(String stored) {
        for (OfficeKind kind : values()) {
            if (kind != UNRECOGNISED && kind.name().equals(stored)) {
                return kind;
            }
        }
        return UNRECOGNISED;
    }
}
