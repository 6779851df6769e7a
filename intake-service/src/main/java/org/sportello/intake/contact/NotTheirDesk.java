package org.sportello.intake.contact;

import org.sportello.platform.problem.DomainException;

/**
 * A partner desk named an office its token does not bind it to ({@code offices} claim): a 403, as
 * any act outside the caller's rights is, whether or not that office exists, so a desk learns
 * nothing of other offices.
 */
public class NotTheirDesk extends DomainException {

    /** The problem type: public API, so written once and never derived from the class name. */
    public static final String TYPE = "not-their-desk";
    static final String FIELD = "officeId";

    NotTheirDesk(String officeId) {
        super(TYPE, Kind.FORBIDDEN, FIELD, "a partner desk records contacts only at the offices its token names "
                + "(offices claim), and '" + officeId + "' is not one of them");
    }
}
