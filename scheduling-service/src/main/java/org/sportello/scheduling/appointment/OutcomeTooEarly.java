package org.sportello.scheduling.appointment;

import org.sportello.platform.problem.DomainException;

/** Whether the citizen came is known only from the appointment's day on. */
public class OutcomeTooEarly extends DomainException {

    /** The problem type: public API, so written once and never derived from the class name. */
    public static final String TYPE = "outcome-too-early";

    public OutcomeTooEarly(AppointmentId appointmentId, java.time.LocalDate day) {
        super(TYPE, Kind.CONFLICT, null, "appointment " + appointmentId + " is on " + day + " (Europe/Rome): its outcome is recorded from that day on");
    }
}
