package org.sportello.scheduling.office;

import java.util.Map;

import org.sportello.platform.problem.DomainException;

/**
 * The municipality has its central office already: researchers measure decentralisation as the
 * share of first contacts away from it, which needs exactly one to compare against.
 */
public class CentralOfficeExists extends DomainException {

    /** The problem type: public API, so written once and never derived from the class name. */
    public static final String TYPE = "central-office-exists";

    private final MunicipalityId municipalityId;

    public CentralOfficeExists(MunicipalityId municipalityId) {
        super(TYPE, Kind.CONFLICT, "central", "municipality " + municipalityId + " has a central office already");
        this.municipalityId = municipalityId;
    }

    @Override
    public Map<String, Object> properties() {
        return Map.of("municipalityId", municipalityId.value());
    }
}
