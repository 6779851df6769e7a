package org.sportello.intake.appointment;

import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import org.sportello.intake.citizen.CitizenId;
import org.sportello.intake.contact.ContactId;
import org.sportello.intake.office.OfficeId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The claims are rows of {@code appointment_contact_claim} under the appointment's id; whether the
 * appointment fits the contact is read from {@code known_appointment}, in the same transaction.
 *
 * <p>That table is a read model fed from Kafka ({@link KnownAppointmentsProjection}). It may lag
 * behind scheduling by the seconds an event takes to arrive: a contact for an appointment booked a
 * moment ago is refused (422) until then, and one whose appointment was rescheduled to another
 * office or cancelled a moment ago is still accepted at the old office. Both are the interview
 * record of a real visit that an operator is entering by hand, and scheduling never deletes an
 * appointment, so a late event can make a refusal go away but never make a recorded contact wrong
 * about which appointment it was. The one rule that must hold however events arrive, one contact
 * per appointment, is this service's own claim, never the read model.
 */
@Component
class JdbcAppointmentContacts implements AppointmentContacts {

    private record Known(String officeId, UUID citizenId, boolean cancelled) {
    }

    private final JdbcClient jdbc;

    JdbcAppointmentContacts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void claim(AppointmentId appointmentId, OfficeId officeId, CitizenId citizenId, ContactId contactId) {
        Known known = jdbc.sql("SELECT office_id, citizen_id, cancelled FROM known_appointment WHERE appointment_id = ?")
                .param(appointmentId.value())
                .query((rs, n) -> new Known(rs.getString("office_id"), rs.getObject("citizen_id", UUID.class),
                        rs.getBoolean("cancelled")))
                .optional()
                .orElseThrow(() -> new UnknownAppointment(appointmentId));
        if (!known.officeId().equals(officeId.value())) {
            throw new AppointmentMismatch(appointmentId, "is booked at office " + known.officeId() + ", not at " + officeId);
        }
        UUID citizen = citizenId == null ? null : citizenId.value();
        if (!Objects.equals(known.citizenId(), citizen)) {
            throw new AppointmentMismatch(appointmentId, known.citizenId() == null
                    ? "was booked by an anonymous caller, so its contact is anonymous too"
                    : citizen == null ? "was booked for a citizen, so its contact names that citizen"
                    : "is booked for another citizen");
        }
        if (known.cancelled()) {
            throw new AppointmentMismatch(appointmentId, "was cancelled: record the visit without it");
        }
        // One statement: the row is new (and locked as ours until commit), or another transaction's
        // row is there, and a concurrent claim waits for it to commit or roll back before it answers.
        Optional<UUID> claimed = jdbc.sql("""
                        INSERT INTO appointment_contact_claim (appointment_id, contact_id) VALUES (?, ?)
                        ON CONFLICT (appointment_id) DO NOTHING
                        RETURNING contact_id""")
                .params(appointmentId.value(), contactId.value())
                .query(UUID.class)
                .optional();
        if (claimed.isEmpty()) {
            UUID existing = jdbc.sql("SELECT contact_id FROM appointment_contact_claim WHERE appointment_id = ?")
                    .param(appointmentId.value())
                    .query(UUID.class)
                    .single();
            throw new AppointmentAlreadyRecorded(appointmentId, existing);
        }
    }
}
