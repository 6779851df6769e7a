package org.sportello.scheduling.appointment;

import org.sportello.platform.problem.DomainException;

/** A withdrawn request is over: it is not withdrawn again, booked or offered slots; the citizen asks again. */
public class RequestAlreadyWithdrawn extends DomainException {

    /** The problem type: public API, so written once and never derived from the class name. */
    public static final String TYPE = "request-withdrawn";

    public RequestAlreadyWithdrawn(RequestId requestId) {
        super(TYPE, Kind.CONFLICT, "requestId", "request " + requestId + " was withdrawn");
    }
}
