package org.sportello.scheduling.appointment;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.modelling.command.Repository;
import org.springframework.stereotype.Component;

/**
 * Ends appointments: cancelled (its claims released and its slot offered to the waiting list),
 * attended or missed. Whatever ends it ends its request, so an anonymous caller's callback number is
 * erased in the same transaction (the appointment records {@link CallbackPhoneErased}, the request's
 * key is shredded). Lock order as in {@link Booking}: the appointment, the claims, a waiting request.
 */
@Component
public class AppointmentOutcomes {

    private final Repository<Appointment> appointments;
    private final BookedTime booked;
    private final FreedSlots freed;
    private final RequestDataKeys keys;

    public AppointmentOutcomes(Repository<Appointment> appointments, BookedTime booked, FreedSlots freed,
                               RequestDataKeys keys) {
        this.appointments = appointments;
        this.booked = booked;
        this.freed = freed;
        this.keys = keys;
    }

    @CommandHandler
    public void handle(CancelAppointment command) {
        appointments.load(command.appointmentId().toString()).execute(appointment -> {
            Appointment.Ended ended = appointment.cancel(command);
            booked.release(command.appointmentId());
            forgetCallbackPhone(ended);
            freed.freed(ended.officeId(), ended.window(), command.appointmentId(), command.now());
        });
    }

    @CommandHandler
    public void handle(RecordAttendance command) {
        appointments.load(command.appointmentId().toString())
                .execute(appointment -> forgetCallbackPhone(appointment.attend(command)));
    }

    @CommandHandler
    public void handle(RecordNoShow command) {
        appointments.load(command.appointmentId().toString())
                .execute(appointment -> forgetCallbackPhone(appointment.miss(command)));
    }

    @CommandHandler
    public void handle(EraseCancelReason command) {
        appointments.load(command.appointmentId().toString()).execute(appointment -> {
            if (appointment.eraseCancelReason(command.reference(), command.now())) {
                keys.shred(command.appointmentId());
            }
        });
    }

    private void forgetCallbackPhone(Appointment.Ended ended) {
        if (ended.eraseCallbackPhone()) {
            keys.shred(ended.requestId());
        }
    }
}
