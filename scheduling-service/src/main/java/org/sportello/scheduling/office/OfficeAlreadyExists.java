package org.sportello.scheduling.office;

import org.sportello.platform.problem.DomainException;

/** The id is taken: every service knows an office by it, so it is never reused. */
public class OfficeAlreadyExists extends DomainException {

    /** The problem type: public API, so written once and never derived from the class name. */
    public static final String TYPE = "office-already-exists";

    public OfficeAlreadyExists(OfficeId officeId) {
        super(TYPE, Kind.CONFLICT, "officeId", "an office " + officeId + " exists already");
    }
}
