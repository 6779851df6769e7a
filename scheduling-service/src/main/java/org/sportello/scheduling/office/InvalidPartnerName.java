package org.sportello.scheduling.office;

import org.sportello.platform.problem.DomainException;

/** A partner desk names the partner that runs it; a secretariat is the municipality's own and names none. */
public class InvalidPartnerName extends DomainException {

    /** The problem type: public API, so written once and never derived from the class name. */
    public static final String TYPE = "invalid-partner-name";

    public InvalidPartnerName(String message) {
        super(TYPE, Kind.INVALID_INPUT, "partnerName", message);
    }
}
