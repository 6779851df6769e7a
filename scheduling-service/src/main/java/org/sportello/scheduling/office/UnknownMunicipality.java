package org.sportello.scheduling.office;

import org.sportello.platform.problem.DomainException;

/** An office names a municipality that was never created (422: the body, not the path, is at fault). */
public class UnknownMunicipality extends DomainException {

    /** The problem type: public API, so written once and never derived from the class name. */
    public static final String TYPE = "unknown-municipality";

    public UnknownMunicipality(MunicipalityId municipalityId) {
        super(TYPE, Kind.RULE_VIOLATION, "municipalityId", "no municipality " + municipalityId + "; create it first");
    }
}
