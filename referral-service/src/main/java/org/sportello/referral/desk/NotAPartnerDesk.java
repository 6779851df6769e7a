package org.sportello.referral.desk;

import org.sportello.platform.problem.DomainException;

/**
 * A desk referral comes from a partner desk scheduling has published: not from an office referral
 * has not heard of (or not yet), nor from a secretariat office.
 */
public class NotAPartnerDesk extends DomainException {

    /** The problem type: public API, so written once and never derived from the class name. */
    public static final String TYPE = "not-a-partner-desk";

    NotAPartnerDesk(String officeId) {
        super(TYPE, Kind.RULE_VIOLATION, "fromOfficeId", "'" + officeId + "' is not a partner desk scheduling has "
                + "published (an office of kind PARTNER_DESK)");
    }
}
