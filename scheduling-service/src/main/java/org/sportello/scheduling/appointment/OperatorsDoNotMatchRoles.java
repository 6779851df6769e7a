package org.sportello.scheduling.appointment;

import org.sportello.platform.problem.DomainException;

/** The operators named do not fill the required roles: one distinct operator per role, each working at the office in that role. */
public class OperatorsDoNotMatchRoles extends DomainException {

    /** The problem type: public API, so written once and never derived from the class name. */
    public static final String TYPE = "operators-do-not-match-roles";

    public OperatorsDoNotMatchRoles(String detail) {
        super(TYPE, Kind.RULE_VIOLATION, "operators", detail);
    }
}
