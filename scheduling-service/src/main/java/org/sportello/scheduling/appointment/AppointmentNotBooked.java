package org.sportello.scheduling.appointment;

import org.sportello.platform.problem.DomainException;

/** An appointment changes only while booked: once cancelled, attended or missed it is history. */
public class AppointmentNotBooked extends DomainException {

    /** The problem type: public API, so written once and never derived from the class name. */
    public static final String TYPE = "appointment-not-booked";

    public AppointmentNotBooked(AppointmentId appointmentId, AppointmentStatus status) {
        super(TYPE, Kind.CONFLICT, null, "appointment " + appointmentId + " is " + status + ": it can no longer change");
    }
}
