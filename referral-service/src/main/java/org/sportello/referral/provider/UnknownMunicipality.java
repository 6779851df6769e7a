package org.sportello.referral.provider;

import org.sportello.platform.problem.DomainException;

/** A registration names a municipality scheduling has not published (or not yet). */
public class UnknownMunicipality extends DomainException {

    /** The problem type: public API, so written once and never derived from the class name. */
    public static final String TYPE = "unknown-municipality";

    UnknownMunicipality(String municipalityId) {
        super(TYPE, Kind.RULE_VIOLATION, "municipalityIds", "no municipality '" + municipalityId + "' is known: "
                + "municipalities are created in scheduling, and referral knows one once scheduling has published it");
    }
}
