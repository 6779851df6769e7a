package org.sportello.intake.contact;

import org.sportello.platform.problem.DomainException;

/** A partner desk named someone in a municipal role. */
public class PartnerVolunteersOnly extends DomainException {

    /** The problem type: public API, so written once and never derived from the class name. */
    public static final String TYPE = "partner-volunteers-only";

    PartnerVolunteersOnly(int index, OperatorRole role) {
        super(TYPE, Kind.RULE_VIOLATION, "operators[" + index + "].role", "a partner desk's contact is held by its "
                + "volunteers (role PARTNER_VOLUNTEER), not by the municipality's staff (" + role + ")");
    }
}
