package org.sportello.scheduling.appointment;

import org.sportello.platform.problem.DomainException;

/** No such appointment, or one at an office the caller does not work at: the same answer, so that nothing leaks. */
public class AppointmentNotFound extends DomainException {

    /** The problem type: public API, so written once and never derived from the class name. */
    public static final String TYPE = "appointment-not-found";

    public AppointmentNotFound(AppointmentId appointmentId) {
        super(TYPE, Kind.NOT_FOUND, "appointmentId", "no appointment " + appointmentId);
    }
}
