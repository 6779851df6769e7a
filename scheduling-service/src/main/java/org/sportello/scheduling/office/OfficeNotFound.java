package org.sportello.scheduling.office;

import org.sportello.platform.problem.DomainException;

/** The office in the path was never created. */
public class OfficeNotFound extends DomainException {

    /** The problem type: public API, so written once and never derived from the class name. */
    public static final String TYPE = "office-not-found";

    public OfficeNotFound(OfficeId officeId) {
        super(TYPE, Kind.NOT_FOUND, "officeId", "no office " + officeId);
    }
}
