package org.sportello.referral.referral;

import org.sportello.platform.problem.DomainException;

/** The consent given does not hold together: a verbal consent with no witness, a guardian's with no guardian. */
public class InvalidConsent extends DomainException {

    /** The problem type: public API, so written once and never derived from the class name. */
    public static final String TYPE = "invalid-consent";

    InvalidConsent(String field, String reason) {
        super(TYPE, Kind.RULE_VIOLATION, field, field + " " + reason);
    }
}
