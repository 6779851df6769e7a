package org.sportello.intake.citizen;

import org.sportello.platform.problem.DomainException;

public class CitizenNotFound extends DomainException {

    /** The problem type: public API, so written once and never derived from the class name. */
    public static final String TYPE = "citizen-not-found";

    public CitizenNotFound(CitizenId citizenId) {
        super(TYPE, Kind.NOT_FOUND, "citizenId", "no citizen " + citizenId);
    }
}
