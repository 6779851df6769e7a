package org.sportello.intake.contact;

import org.sportello.intake.appointment.AppointmentContacts;
import org.sportello.intake.citizen.CitizenId;
import org.sportello.intake.office.KnownOffices;
import org.springframework.stereotype.Component;

/**
 * What every new contact, a citizen's or an anonymous one, must pass before it is recorded, in the
 * command's transaction: it happened at an office scheduling has published, of a kind its recorder
 * may record at by that channel ({@link PartnerDeskRule}), and if it names an
 * appointment, that appointment is scheduling's, at that office, for that person, and has no
 * contact yet (which it then claims, so that a refusal later in the transaction releases it).
 */
@Component
public class ContactAdmission {

    private final KnownOffices offices;
    private final AppointmentContacts appointments;

    public ContactAdmission(KnownOffices offices, AppointmentContacts appointments) {
        this.offices = offices;
        this.appointments = appointments;
    }

    /** @param citizenId null for an anonymous contact */
    void admit(ContactId contactId, CitizenId citizenId, ContactDetails details, Recorder recorder) {
        PartnerDeskRule.check(recorder, offices.requireKnown(details.officeId()), details);
        if (details.appointmentId() != null) {
            appointments.claim(details.appointmentId(), details.officeId(), citizenId, contactId);
        }
    }
}
