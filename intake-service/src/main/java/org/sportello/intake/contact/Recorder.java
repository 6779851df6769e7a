package org.sportello.intake.contact;

import org.sportello.platform.caller.Caller;

/**
 * Who records a contact, which decides where and how they may: the municipality's staff at its
 * secretariat offices, or a partner organisation's desk (segretariato sociale diffuso) at its own
 * desk office ({@link PartnerDeskRule}).
 */
public enum Recorder {
    /** Front-desk staff, social workers and educators of the municipality. */
    OPERATOR,
    /** A partner organisation's help desk: orients people, sees no case data. */
    PARTNER_DESK;

    /** The role tokens name a partner desk with. */
    static final String PARTNER_DESK_ROLE = "PARTNER_DESK";

    /**
     * In the role the caller acts in ({@code CurrentCaller} picks the most powerful of the
     * token's roles): a token that is also an operator's records as an operator.
     */
    static Recorder of(Caller caller) {
        return PARTNER_DESK_ROLE.equals(caller.role()) ? PARTNER_DESK : OPERATOR;
    }
}
