package org.sportello.referral.desk;

import org.sportello.platform.problem.DomainException;

/** No desk referral with that id, or none the caller may see: both answer alike, so no one learns what exists elsewhere. */
public class DeskReferralNotFound extends DomainException {

    /** The problem type: public API, so written once and never derived from the class name. */
    public static final String TYPE = "desk-referral-not-found";

    DeskReferralNotFound(String deskReferralId) {
        super(TYPE, Kind.NOT_FOUND, "deskReferralId", "no desk referral " + deskReferralId);
    }
}
