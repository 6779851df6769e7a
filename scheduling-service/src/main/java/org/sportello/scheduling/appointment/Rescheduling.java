package org.sportello.scheduling.appointment;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.modelling.command.Repository;
import org.springframework.stereotype.Component;

/**
 * Moves a booked interview: its own claims are released and the new slot checked and claimed in the
 * same transaction (so it may overlap the old one), then the old slot, as far as it is now free, is
 * offered to the waiting list. Lock order as in {@link Booking}: the appointment, the claims, a
 * waiting request.
 */
@Component
public class Rescheduling {

    private final Repository<Appointment> appointments;
    private final SlotFinder slots;
    private final BookedTime booked;
    private final FreedSlots freed;

    public Rescheduling(Repository<Appointment> appointments, SlotFinder slots, BookedTime booked, FreedSlots freed) {
        this.appointments = appointments;
        this.slots = slots;
        this.booked = booked;
        this.freed = freed;
    }

    @CommandHandler
    public void handle(RescheduleAppointment command) {
        appointments.load(command.appointmentId().toString()).execute(appointment -> {
            Appointment.Booked current = appointment.rescheduling(command);
            booked.release(command.appointmentId());
            // From the request's time on, as a booking: a move recorded after the fact may be into the past.
            Proposal slot = slots.check(current.officeId(), current.roles(), current.duration(), command.start(),
                    command.operators(), current.requestedAt());
            booked.claim(command.appointmentId(), current.officeId(), slot.operators(), slot.window());
            appointment.reschedule(slot, command);
            freed.freed(current.officeId(), current.window(), command.appointmentId(), command.now());
        });
    }
}
