package org.sportello.intake.contact;

import org.sportello.intake.office.OfficeId;
import org.sportello.platform.problem.DomainException;

/** Channel PARTNER_DESK at an office that is no partner desk. */
public class PartnerDeskChannelOutsideDesks extends DomainException {

    /** The problem type: public API, so written once and never derived from the class name. */
    public static final String TYPE = "partner-desk-channel-outside-desks";

    PartnerDeskChannelOutsideDesks(OfficeId officeId) {
        super(TYPE, Kind.RULE_VIOLATION, "channel", "channel PARTNER_DESK is an orientation at a partner desk, "
                + "and '" + officeId + "' is not one: a person sent on by a desk comes to a secretariat office "
                + "as a walk-in, a call, an e-mail or an appointment");
    }
}
