package org.sportello.referral.referral;

import org.sportello.platform.problem.DomainException;

/** A detail was given to share that the consent's {@code shareScope} does not allow. */
public class OutsideShareScope extends DomainException {

    /** The problem type: public API, so written once and never derived from the class name. */
    public static final String TYPE = "outside-share-scope";

    OutsideShareScope(String field, ShareScope needed) {
        super(TYPE, Kind.RULE_VIOLATION, field, field + " may be given only when consent.shareScope includes "
                + needed + ": the citizen did not allow it to be shared");
    }
}
