package org.sportello.scheduling.operator;

import org.sportello.platform.problem.DomainException;

/** Availability at an office the operator is not registered at. */
public class NotTheirOffice extends DomainException {

    /** The problem type: public API, so written once and never derived from the class name. */
    public static final String TYPE = "not-their-office";

    public NotTheirOffice(String field, String officeId) {
        super(TYPE, Kind.RULE_VIOLATION, field, "the operator does not work at " + officeId);
    }
}
