package org.sportello.intake.contact;

import org.sportello.platform.problem.DomainException;

/** A partner desk recorded a contact by another channel than its own. */
public class PartnerDeskChannelRequired extends DomainException {

    /** The problem type: public API, so written once and never derived from the class name. */
    public static final String TYPE = "partner-desk-channel-required";

    PartnerDeskChannelRequired(Channel channel) {
        super(TYPE, Kind.RULE_VIOLATION, "channel", "a partner desk's contact is an orientation at the desk: "
                + "channel PARTNER_DESK, not " + channel);
    }
}
