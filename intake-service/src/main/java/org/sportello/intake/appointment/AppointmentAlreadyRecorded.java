package org.sportello.intake.appointment;

import java.util.Map;
import java.util.UUID;

import org.sportello.platform.problem.DomainException;

/** An appointment's interview is one contact: another contact already is this appointment's. */
public class AppointmentAlreadyRecorded extends DomainException {

    /** The problem type: public API, so written once and never derived from the class name. */
    public static final String TYPE = "appointment-already-recorded";

    private final UUID contactId;

    AppointmentAlreadyRecorded(AppointmentId appointmentId, UUID contactId) {
        super(TYPE, Kind.CONFLICT, "appointmentId", "appointment " + appointmentId
                + " already has its contact, " + contactId);
        this.contactId = contactId;
    }

    /** The contact recorded for it: the client can show that one instead of recording it twice. */
    @Override
    public Map<String, Object> properties() {
        return Map.of("contactId", contactId);
    }
}
