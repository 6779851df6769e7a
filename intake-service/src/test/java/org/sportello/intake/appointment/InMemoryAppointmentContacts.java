package org.sportello.intake.appointment;

import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.sportello.intake.citizen.CitizenId;
import org.sportello.intake.contact.ContactId;
import org.sportello.intake.office.OfficeId;

/**
 * Appointments as scheduling would have published them, and their claims, for fixture tests of the
 * commands. The rules are {@link JdbcAppointmentContacts}'s; its IT checks them on PostgreSQL.
 */
public final class InMemoryAppointmentContacts implements AppointmentContacts {

    private record Booked(OfficeId officeId, CitizenId citizenId) {
    }

    private final Map<AppointmentId, Booked> booked = new ConcurrentHashMap<>();
    private final Map<AppointmentId, UUID> claims = new ConcurrentHashMap<>();

    /** @param citizenId null for an anonymous caller */
    public InMemoryAppointmentContacts booked(AppointmentId appointmentId, OfficeId officeId, CitizenId citizenId) {
        booked.put(appointmentId, new Booked(officeId, citizenId));
        return this;
    }

    @Override
    public void claim(AppointmentId appointmentId, OfficeId officeId, CitizenId citizenId, ContactId contactId) {
        Booked appointment = booked.get(appointmentId);
        if (appointment == null) {
            throw new UnknownAppointment(appointmentId);
        }
        if (!appointment.officeId().equals(officeId) || !Objects.equals(appointment.citizenId(), citizenId)) {
            throw new AppointmentMismatch(appointmentId, "is booked elsewhere or for someone else");
        }
        UUID existing = claims.putIfAbsent(appointmentId, contactId.value());
        if (existing != null) {
            throw new AppointmentAlreadyRecorded(appointmentId, existing);
        }
    }
}
