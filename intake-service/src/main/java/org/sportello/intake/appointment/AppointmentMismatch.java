package org.sportello.intake.appointment;

import org.sportello.platform.problem.DomainException;

/**
 * The appointment exists, but this contact cannot be its interview: it is booked at another office
 * or for another citizen, or it was cancelled. The detail never names the other citizen.
 */
public class AppointmentMismatch extends DomainException {

    /** The problem type: public API, so written once and never derived from the class name. */
    public static final String TYPE = "appointment-mismatch";

    AppointmentMismatch(AppointmentId appointmentId, String reason) {
        super(TYPE, Kind.RULE_VIOLATION, "appointmentId", "appointment " + appointmentId + " " + reason);
    }
}
