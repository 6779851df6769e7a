package org.sportello.scheduling.operator;

import org.sportello.platform.problem.DomainException;

/** An operator is registered at an office that was never created (422: the body is at fault). */
public class UnknownOffice extends DomainException {

    /** The problem type: public API, so written once and never derived from the class name. */
    public static final String TYPE = "unknown-office";

    public UnknownOffice(String field, String officeId) {
        super(TYPE, Kind.RULE_VIOLATION, field, "no office " + officeId + "; create it first");
    }
}
