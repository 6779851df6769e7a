package org.sportello.scheduling.appointment;

import org.sportello.platform.problem.DomainException;

/** No such request, or one at an office the caller does not work at: the same answer, so that nothing leaks. */
public class RequestNotFound extends DomainException {

    /** The problem type: public API, so written once and never derived from the class name. */
    public static final String TYPE = "appointment-request-not-found";

    public RequestNotFound(RequestId requestId) {
        super(TYPE, Kind.NOT_FOUND, "requestId", "no appointment request " + requestId);
    }
}
