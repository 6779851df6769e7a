package org.sportello.intake.citizen;

import org.sportello.platform.problem.DomainException;

/**
 * A second erasure of the same citizen. Refused rather than accepted silently: it would record
 * another ground and reference for an erasure that happened under the first ones.
 */
public class CitizenAlreadyErased extends DomainException {

    public static final String TYPE = "citizen-already-erased";

    public CitizenAlreadyErased(CitizenId citizenId) {
        super(TYPE, Kind.CONFLICT, "citizenId", "the personal data of citizen " + citizenId + " was erased already");
    }
}
