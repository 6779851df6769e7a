package org.sportello.intake.appointment;

import java.util.UUID;

/** What intake keeps of scheduling's appointment events: where, for whom, and whether it still stands. */
sealed interface KnownAppointment {

    AppointmentId appointmentId();

    /** Booked at this office for this citizen (null: an anonymous caller). */
    record Booked(AppointmentId appointmentId, String officeId, UUID citizenId) implements KnownAppointment {
    }

    /** Moved, possibly to another office. */
    record Rescheduled(AppointmentId appointmentId, String officeId) implements KnownAppointment {
    }

    record Cancelled(AppointmentId appointmentId) implements KnownAppointment {
    }
}
