package org.sportello.referral.desk;

import org.sportello.platform.problem.DomainException;

/** A desk referral is taken up once. */
public class DeskReferralAlreadyAcknowledged extends DomainException {

    /** The problem type: public API, so written once and never derived from the class name. */
    public static final String TYPE = "desk-referral-already-acknowledged";

    DeskReferralAlreadyAcknowledged(DeskReferralId deskReferralId) {
        super(TYPE, Kind.CONFLICT, "desk referral " + deskReferralId + " was acknowledged already");
    }
}
