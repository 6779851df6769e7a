package org.sportello.intake.appointment;

import org.sportello.platform.problem.DomainException;

/**
 * A contact named an appointment intake has not heard of: scheduling never booked it, or its
 * {@code AppointmentBooked} has not arrived yet (then the same request succeeds a moment later).
 */
public class UnknownAppointment extends DomainException {

    /** The problem type: public API, so written once and never derived from the class name. */
    public static final String TYPE = "unknown-appointment";

    UnknownAppointment(AppointmentId appointmentId) {
        super(TYPE, Kind.RULE_VIOLATION, "appointmentId", "no appointment " + appointmentId + " is known: "
                + "appointments are booked in scheduling, and intake accepts one as soon as scheduling has published it");
    }
}
