package org.sportello.scheduling.appointment;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import org.sportello.platform.personaldata.ErasureGround;
import org.sportello.scheduling.office.OfficeId;
import org.sportello.scheduling.operator.OperatorRole;
import org.sportello.scheduling.time.OfficeTime;
import org.sportello.scheduling.time.TimeWindow;

/**
 * A booked interview: its slot, its operators, and how it ended (cancelled, attended or missed, each
 * once, and nothing after). It records when the citizen asked, so the wait from request to interview
 * is known from the appointment alone.
 *
 * <p>An attended appointment is not a contact here: the interview's contact is recorded at intake,
 * by the operator, with channel {@code APPOINTMENT} and this appointment's id (intake keeps at most
 * one contact per appointment). Reports count contacts from intake and appointments from here, so
 * the same interview is never counted twice.
 *
 * <p>When the appointment is over and its request came from an anonymous caller, the callback number
 * has no purpose left and is erased with it ({@link CallbackPhoneErased}): the components that end
 * an appointment shred the request's key in the same transaction.
 */
@Aggregate(type = Appointment.TYPE)
public class Appointment {

    /** The aggregate type stored beside every event: written out so that renaming the class changes no stored data. */
    static final String TYPE = "Appointment";

    /** What a change needs to know of the appointment as it stands. */
    record Booked(OfficeId officeId, TimeWindow window, List<OperatorRole> roles) {

        Duration duration() {
            return window.length();
        }
    }

    /** How an appointment ended, for what its ending frees: the slot's claims, and the callback number. */
    record Ended(OfficeId officeId, RequestId requestId, TimeWindow window, boolean eraseCallbackPhone) {
    }

    @AggregateIdentifier
    private AppointmentId appointmentId;
    private RequestId requestId;
    private OfficeId officeId;
    private UUID citizenId;
    private boolean callbackPhone;
    private Instant start;
    private Instant end;
    private List<BookedOperator> operators;
    private Instant requestedAt;
    private AppointmentStatus status;

    protected Appointment() {
        // for Axon: rebuilt from events
    }

    /** Only through {@link Booking}, which has checked the slot and holds its claims. */
    Appointment(AppointmentBooked booked) {
        apply(booked);
    }

    /** The appointment as a reschedule sees it; refused unless it is still booked. */
    Booked booked() {
        requireBooked();
        return new Booked(officeId, window(), operators.stream().map(BookedOperator::role).toList());
    }

    /** Called by {@link Rescheduling} with the new slot checked and claimed. */
    void reschedule(Proposal slot, Instant at) {
        requireBooked();
        apply(new AppointmentRescheduled(appointmentId, officeId, slot.start(), slot.end(), slot.operators(), at));
    }

    Ended cancel(CancelAppointment command) {
        requireBooked();
        apply(new AppointmentCancelled(appointmentId, requestId, officeId, command.by(), command.reason(), command.at()));
        return over(AppointmentStatus.CANCELLED, command.at());
    }

    Ended attend(RecordAttendance command) {
        requireOutcomeDue(command.at());
        apply(new AppointmentAttended(appointmentId, requestId, officeId, citizenId, start, requestedAt, command.at()));
        return over(AppointmentStatus.ATTENDED, command.at());
    }

    Ended miss(RecordNoShow command) {
        requireOutcomeDue(command.at());
        apply(new AppointmentMissed(appointmentId, requestId, officeId, start, requestedAt, command.at()));
        return over(AppointmentStatus.MISSED, command.at());
    }

    private void requireBooked() {
        if (status != AppointmentStatus.BOOKED) {
            throw new AppointmentNotBooked(appointmentId, status);
        }
    }

    /** An outcome once, never after a cancellation, and only from the appointment's local day on. */
    private void requireOutcomeDue(Instant at) {
        requireBooked();
        LocalDate day = start.atZone(OfficeTime.ZONE).toLocalDate();
        if (at.atZone(OfficeTime.ZONE).toLocalDate().isBefore(day)) {
            // Whether someone came cannot be known before the day; recording it would be a guess.
            throw new OutcomeTooEarly(appointmentId, day);
        }
    }

    private Ended over(AppointmentStatus outcome, Instant at) {
        // Read before applying: apply() runs the event-sourcing handler at once, which clears it.
        boolean erase = callbackPhone;
        if (erase) {
            apply(new CallbackPhoneErased(requestId, appointmentId, ErasureGround.NO_LONGER_NECESSARY,
                    "appointment " + appointmentId + " " + outcome, CallbackPhoneErased.ERASED_BY, at));
        }
        return new Ended(officeId, requestId, window(), erase);
    }

    private TimeWindow window() {
        return new TimeWindow(start, end);
    }

    @EventSourcingHandler
    void on(AppointmentBooked event) {
        appointmentId = event.appointmentId();
        requestId = event.requestId();
        officeId = event.officeId();
        citizenId = event.citizenId();
        callbackPhone = event.callbackPhone();
        start = event.start();
        end = event.end();
        operators = event.operators();
        requestedAt = event.requestedAt();
        status = AppointmentStatus.BOOKED;
    }

    @EventSourcingHandler
    void on(AppointmentRescheduled event) {
        start = event.start();
        end = event.end();
        operators = event.operators();
    }

    @EventSourcingHandler
    void on(AppointmentCancelled event) {
        status = AppointmentStatus.CANCELLED;
    }

    @EventSourcingHandler
    void on(AppointmentAttended event) {
        status = AppointmentStatus.ATTENDED;
    }

    @EventSourcingHandler
    void on(AppointmentMissed event) {
        status = AppointmentStatus.MISSED;
    }

    @EventSourcingHandler
    void on(CallbackPhoneErased event) {
        callbackPhone = false;
    }
}
