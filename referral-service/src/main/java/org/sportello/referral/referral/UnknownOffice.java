package org.sportello.referral.referral;

import org.sportello.platform.problem.DomainException;

/** Referral knows offices only as scheduling publishes them; this one it has not heard of (yet). */
public class UnknownOffice extends DomainException {

    /** The problem type: public API, so written once and never derived from the class name. */
    public static final String TYPE = "unknown-office";

    UnknownOffice(String officeId) {
        super(TYPE, Kind.RULE_VIOLATION, "fromOfficeId", "no office " + officeId + " published by scheduling");
    }
}
