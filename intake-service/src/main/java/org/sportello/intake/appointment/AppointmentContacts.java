package org.sportello.intake.appointment;

import org.sportello.intake.citizen.CitizenId;
import org.sportello.intake.contact.ContactId;
import org.sportello.intake.office.OfficeId;

/**
 * Which contact is an appointment's interview: at most one, a rule that spans contacts (of a case,
 * or anonymous ones) and so is a claim in the command's transaction (STYLE.md 11), as the open
 * case is.
 */
public interface AppointmentContacts {

    /**
     * Claims {@code appointmentId} for {@code contactId}. A concurrent claim of the same appointment
     * waits for this transaction to end, and then fails if it committed.
     *
     * @param citizenId the contact's citizen, null for an anonymous contact
     * @throws UnknownAppointment when scheduling has not published the appointment (or its event has
     *         not arrived yet)
     * @throws AppointmentMismatch when it is at another office, for another citizen, or was cancelled
     * @throws AppointmentAlreadyRecorded when another contact already claimed it
     */
    void claim(AppointmentId appointmentId, OfficeId officeId, CitizenId citizenId, ContactId contactId);
}
