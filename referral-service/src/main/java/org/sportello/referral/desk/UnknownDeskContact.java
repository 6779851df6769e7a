package org.sportello.referral.desk;

import java.util.UUID;

import org.sportello.platform.problem.DomainException;

/**
 * A desk referral names the orientation contact the desk recorded at intake: not a contact intake
 * has not published (or not yet), nor one of another channel or another office, which would let a
 * desk refer someone it never saw.
 */
public class UnknownDeskContact extends DomainException {

    /** The problem type: public API, so written once and never derived from the class name. */
    public static final String TYPE = "unknown-desk-contact";

    UnknownDeskContact(UUID contactId, String deskId) {
        super(TYPE, Kind.RULE_VIOLATION, "contactId", "no partner-desk contact " + contactId + " recorded at " + deskId
                + " is known: it is recorded at intake (channel PARTNER_DESK), and known here once intake has published it");
    }
}
