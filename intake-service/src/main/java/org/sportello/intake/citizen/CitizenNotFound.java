package org.sportello.intake.citizen;

import org.sportello.platform.problem.DomainException;

public class CitizenNotFound extends DomainException {

    /** The problem type: public API, so written once and never derived from the class name. */
    public static final String TYPE = "citizen-not-found";

    public CitizenNotFound(CitizenId citizenId) {
        super("citizenId", "no citizen " + citizenId);
    }

    @Override
    public Kind kind() {
        return Kind.NOT_FOUND;
    }

    @Override
    public String typeSlug() {
        return TYPE;
    }
}
