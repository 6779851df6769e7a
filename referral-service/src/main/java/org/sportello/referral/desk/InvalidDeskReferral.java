package org.sportello.referral.desk;

import org.sportello.platform.problem.DomainException;

/** A desk referral whose reason is malformed: the request's checks let it through, the command does not. */
public class InvalidDeskReferral extends DomainException {

    /** The problem type: public API, so written once and never derived from the class name. */
    public static final String TYPE = "invalid-desk-referral";

    InvalidDeskReferral(String field, String reason) {
        super(TYPE, Kind.INVALID_INPUT, field, reason);
    }
}
