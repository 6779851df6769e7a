package org.sportello.scheduling.office;

import org.sportello.platform.problem.DomainException;

/** The id is taken: ids are chosen once and never reused. */
public class MunicipalityAlreadyExists extends DomainException {

    /** The problem type: public API, so written once and never derived from the class name. */
    public static final String TYPE = "municipality-already-exists";

    public MunicipalityAlreadyExists(MunicipalityId municipalityId) {
        super(TYPE, Kind.CONFLICT, "municipalityId", "a municipality " + municipalityId + " exists already");
    }
}
