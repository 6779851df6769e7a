package org.sportello.scheduling.appointment;

import java.time.Duration;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.modelling.command.Repository;
import org.springframework.stereotype.Component;
import org.sportello.platform.time.RecordedTime;

/**
 * Books a request's interview: the slot is checked as a search would find it, the operators' time is
 * claimed (where two bookings racing for one operator are decided, by the database), then the
 * request records that it is booked (leaving the waiting list if it was there) and the appointment is
 * created, all in one transaction: a refused booking leaves no event and no claim.
 *
 * <p>The slot must start at or after the request was made ({@code requestedAt}): for a request made
 * now, that is "not in the past"; for one recorded after the fact, the slot may be in the past, as
 * the interview was. {@code bookedAt} lies between the request and now.
 *
 * <p>Lock order: the claims (rows in PostgreSQL) first, then the request (its aggregate lock in this
 * JVM). Cancelling and rescheduling take an appointment's lock, then claims, then a waiting request's
 * lock; so whoever holds a request's lock waits for no claim, and no cycle of waits can form.
 */
@Component
public class Booking {

    private final Repository<AppointmentRequest> requests;
    private final Repository<Appointment> appointments;
    private final RequestHistory history;
    private final SlotFinder slots;
    private final BookedTime booked;

    public Booking(Repository<AppointmentRequest> requests, Repository<Appointment> appointments,
                   RequestHistory history, SlotFinder slots, BookedTime booked) {
        this.requests = requests;
        this.appointments = appointments;
        this.history = history;
        this.slots = slots;
        this.booked = booked;
    }

    @CommandHandler
    public AppointmentId handle(BookAppointment command) throws Exception {
        RequestHistory.Summary request = history.find(command.requestId())
                .orElseThrow(() -> new RequestNotFound(command.requestId()));
        if (request.withdrawn()) {
            throw new RequestAlreadyWithdrawn(command.requestId());
        }
        if (request.booked()) {
            throw new RequestAlreadyBooked(command.requestId());
        }
        AppointmentRequested asked = request.requested();
        RecordedTime.notInFuture("bookedAt", command.bookedAt(), command.now());
        RecordedTime.notBefore("bookedAt", command.bookedAt(), "the request's requestedAt", asked.requestedAt());
        // From the request's time on, not from now: a booking recorded after the fact may be in the past.
        Proposal slot = slots.check(asked.officeId(), asked.requiredRoles(), Duration.ofMinutes(asked.durationMinutes()),
                command.start(), command.operators(), asked.requestedAt());
        booked.claim(command.appointmentId(), asked.officeId(), slot.operators(), slot.window());
        requests.load(command.requestId().toString()).execute(r -> r.book(command.appointmentId(), command.bookedAt()));
        appointments.newInstance(() -> new Appointment(new AppointmentBooked(command.appointmentId(),
                command.requestId(), asked.officeId(), asked.citizenId(), asked.callbackPhone() != null, slot.start(),
                slot.end(), slot.operators(), asked.requestedAt(), command.bookedAt())));
        return command.appointmentId();
    }
}
