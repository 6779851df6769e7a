package org.sportello.referral.referral;

import org.sportello.platform.problem.DomainException;

/** A referral shares a citizen's needs with someone else: without the citizen's consent it is not sent. */
public class ConsentRequired extends DomainException {

    /** The problem type: public API, so written once and never derived from the class name. */
    public static final String TYPE = "consent-required";

    ConsentRequired() {
        super(TYPE, Kind.RULE_VIOLATION, "consent", "a referral needs the citizen's consent: who gave it, when, "
                + "how and what may be shared; nothing was recorded");
    }
}
