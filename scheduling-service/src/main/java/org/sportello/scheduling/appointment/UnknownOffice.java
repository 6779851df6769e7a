package org.sportello.scheduling.appointment;

import org.sportello.platform.problem.DomainException;

/** The request names an office that does not exist, or one the caller does not work at. */
public class UnknownOffice extends DomainException {

    /** The problem type: public API, so written once and never derived from the class name. */
    public static final String TYPE = "unknown-office";

    public UnknownOffice(String officeId) {
        super(TYPE, Kind.RULE_VIOLATION, "officeId", "no office " + officeId + " at which the caller may book");
    }
}
