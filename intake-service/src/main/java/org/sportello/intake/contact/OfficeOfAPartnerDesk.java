package org.sportello.intake.contact;

import org.sportello.intake.office.OfficeId;
import org.sportello.platform.problem.DomainException;

/** Municipal staff named a partner desk's office: its contacts are the desk's to record. */
public class OfficeOfAPartnerDesk extends DomainException {

    /** The problem type: public API, so written once and never derived from the class name. */
    public static final String TYPE = "office-of-a-partner-desk";

    OfficeOfAPartnerDesk(OfficeId officeId) {
        super(TYPE, Kind.RULE_VIOLATION, "officeId", "'" + officeId + "' is a partner desk's office: its contacts "
                + "are recorded by the desk itself (role PARTNER_DESK); staff record at their secretariat offices");
    }
}
