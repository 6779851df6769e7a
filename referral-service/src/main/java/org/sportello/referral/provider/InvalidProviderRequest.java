package org.sportello.referral.provider;

import org.sportello.platform.problem.DomainException;

/** A registration whose shape is wrong in one field: the request's checks let it through, the command does not. */
public class InvalidProviderRequest extends DomainException {

    /** The problem type: public API, so written once and never derived from the class name. */
    public static final String TYPE = "invalid-provider";

    InvalidProviderRequest(String field, String reason) {
        super(TYPE, Kind.INVALID_INPUT, field, reason);
    }
}
