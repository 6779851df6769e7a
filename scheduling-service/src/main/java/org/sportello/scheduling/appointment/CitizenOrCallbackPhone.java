package org.sportello.scheduling.appointment;

import org.sportello.platform.problem.DomainException;

/** A request names the citizen, or leaves an anonymous caller's callback number: exactly one of them. */
public class CitizenOrCallbackPhone extends DomainException {

    /** The problem type: public API, so written once and never derived from the class name. */
    public static final String TYPE = "citizen-or-callback-phone";

    public CitizenOrCallbackPhone() {
        super(TYPE, Kind.INVALID_INPUT, "citizenId", "give exactly one of citizenId and callbackPhone");
    }
}
