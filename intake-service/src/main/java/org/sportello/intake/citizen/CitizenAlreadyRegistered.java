package org.sportello.intake.citizen;

import java.util.Map;

import org.sportello.platform.problem.DomainException;

/** The fiscal code belongs to a registered citizen; the problem names that citizen's id. */
public class CitizenAlreadyRegistered extends DomainException {

    /** The problem type: public API, so written once and never derived from the class name. */
    public static final String TYPE = "citizen-already-registered";

    private final CitizenId existing;

    public CitizenAlreadyRegistered(CitizenId existing) {
        super(TYPE, Kind.CONFLICT, "fiscalCode", "a citizen with this fiscal code is already registered as " + existing);
        this.existing = existing;
    }

    public CitizenId existing() {
        return existing;
    }

    @Override
    public Map<String, Object> properties() {
        return Map.of("citizenId", existing.value());
    }
}
