package org.sportello.intake.contact;

import org.sportello.intake.office.OfficeId;
import org.sportello.intake.office.OfficeKind;
import org.sportello.platform.problem.DomainException;

/** A partner desk named an office of its token that scheduling did not publish as a partner desk. */
public class NotAPartnerDeskOffice extends DomainException {

    /** The problem type: public API, so written once and never derived from the class name. */
    public static final String TYPE = "not-a-partner-desk-office";

    NotAPartnerDeskOffice(OfficeId officeId, OfficeKind kind) {
        super(TYPE, Kind.RULE_VIOLATION, "officeId", "a partner desk records contacts only at an office scheduling "
                + "published as kind PARTNER_DESK; '" + officeId + "' is " + kind);
    }
}
