package org.sportello.intake.casefile;

import org.sportello.platform.problem.DomainException;

/** An operator named someone else to take charge of a case; only an administrator may. */
public class OnlyAdminsAssignCases extends DomainException {

    /** The problem type: public API, so written once and never derived from the class name. */
    public static final String TYPE = "only-admins-assign-cases";

    public OnlyAdminsAssignCases(String operatorId) {
        super(TYPE, Kind.RULE_VIOLATION, "operatorId", "only an administrator may put a case in the charge of another operator ("
                + operatorId + "); leave operatorId out to take charge yourself");
    }
}
