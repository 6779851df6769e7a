package org.sportello.intake.citizen;

import org.sportello.platform.problem.DomainException;

public class CitizenNotFound extends DomainException {

    public CitizenNotFound(CitizenId citizenId) {
        super("citizenId", "no citizen " + citizenId);
    }

    @Override
    public Kind kind() {
        return Kind.NOT_FOUND;
    }
}
