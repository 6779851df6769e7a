package org.sportello.scheduling.appointment;

import org.sportello.platform.problem.DomainException;

/** A request gets one appointment; a cancelled one ends the request, and the citizen asks again. */
public class RequestAlreadyBooked extends DomainException {

    /** The problem type: public API, so written once and never derived from the class name. */
    public static final String TYPE = "request-already-booked";

    public RequestAlreadyBooked(RequestId requestId) {
        super(TYPE, Kind.CONFLICT, "requestId", "request " + requestId + " already has its appointment");
    }
}
