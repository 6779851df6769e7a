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
import org.sportello.platform.time.RecordedTime;

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
 * <p>Times may be recorded after the fact (a booking from a paper agenda): each change lies between
 * the one before it and now, and an outcome is noted from the appointment's local day on.
 *
 * <p>A cancellation's reason is staff's free text, personal data under the appointment's own key
 * ({@link AppointmentId#subject()}), shredded by {@link CancelReasonRetention} once it has served.
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
    record Booked(OfficeId officeId, TimeWindow window, List<OperatorRole> roles, Instant requestedAt) {

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
    /** When it was booked or last moved, whichever is later: a change recorded after the fact comes after it. */
    private Instant changedAt;
    private String changedAtField;
    private AppointmentStatus status;
    private boolean cancelReason;

    protected Appointment() {
        // for Axon: rebuilt from events
    }

    /** Only through {@link Booking}, which has checked the slot and holds its claims. */
    Appointment(AppointmentBooked booked) {
        apply(booked);
    }

    /**
     * The appointment as a reschedule sees it; refused unless it is still booked and the move comes
     * after the booking (or the last move) and not after now. The new slot is checked by the caller
     * from the request's time on, as a booking's is.
     */
    Booked rescheduling(RescheduleAppointment command) {
        requireBooked();
        requireInOrder("rescheduledAt", command.rescheduledAt(), command.now());
        return new Booked(officeId, window(), operators.stream().map(BookedOperator::role).toList(), requestedAt);
    }

    /** Called by {@link Rescheduling} with the new slot checked and claimed. */
    void reschedule(Proposal slot, RescheduleAppointment command) {
        requireBooked();
        apply(new AppointmentRescheduled(appointmentId, officeId, slot.start(), slot.end(), slot.operators(),
                command.rescheduledAt()));
    }

    Ended cancel(CancelAppointment command) {
        requireBooked();
        requireInOrder("cancelledAt", command.cancelledAt(), command.now());
        apply(new AppointmentCancelled(appointmentId, requestId, officeId, command.by(), command.reason(),
                command.cancelledAt()));
        return over(AppointmentStatus.CANCELLED, command.now());
    }

    Ended attend(RecordAttendance command) {
        requireOutcomeDue(command.recordedAt(), command.now());
        apply(new AppointmentAttended(appointmentId, requestId, officeId, citizenId, start, requestedAt,
                command.recordedAt()));
        return over(AppointmentStatus.ATTENDED, command.now());
    }

    Ended miss(RecordNoShow command) {
        requireOutcomeDue(command.recordedAt(), command.now());
        apply(new AppointmentMissed(appointmentId, requestId, officeId, start, requestedAt, command.recordedAt()));
        return over(AppointmentStatus.MISSED, command.now());
    }

    /**
     * Called by {@link CancelReasonRetention} once the reason has served its purpose: returns whether
     * there was one to erase (the caller then shreds the appointment's key in the same transaction).
     */
    boolean eraseCancelReason(String reference, Instant now) {
        if (!cancelReason) {
            return false;
        }
        apply(new CancelReasonErased(appointmentId, ErasureGround.NO_LONGER_NECESSARY, reference,
                CallbackPhoneErased.ERASED_BY, now));
        return true;
    }

    private void requireBooked() {
        if (status != AppointmentStatus.BOOKED) {
            throw new AppointmentNotBooked(appointmentId, status);
        }
    }

    private void requireInOrder(String field, Instant at, Instant now) {
        RecordedTime.notInFuture(field, at, now);
        RecordedTime.notBefore(field, at, changedAtField, changedAt);
    }

    /**
     * An outcome once, never after a cancellation, and only from the appointment's local day on:
     * the time it was noted ({@code recordedAt}) falls on that day or later, and not after now.
     */
    private void requireOutcomeDue(Instant recordedAt, Instant now) {
        requireBooked();
        RecordedTime.notInFuture("recordedAt", recordedAt, now);
        LocalDate day = start.atZone(OfficeTime.ZONE).toLocalDate();
        if (recordedAt.atZone(OfficeTime.ZONE).toLocalDate().isBefore(day)) {
            // Whether someone came cannot be known before the day; recording it would be a guess.
            throw new OutcomeTooEarly(appointmentId, day);
        }
    }

    /** {@code now}: an erasure happens when the key is shredded, whatever time the outcome is recorded at. */
    private Ended over(AppointmentStatus outcome, Instant now) {
        // Read before applying: apply() runs the event-sourcing handler at once, which clears it.
        boolean erase = callbackPhone;
        if (erase) {
            apply(new CallbackPhoneErased(requestId, appointmentId, ErasureGround.NO_LONGER_NECESSARY,
                    "appointment " + appointmentId + " " + outcome, CallbackPhoneErased.ERASED_BY, now));
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
        changedAt = event.bookedAt();
        changedAtField = "bookedAt";
        status = AppointmentStatus.BOOKED;
    }

    @EventSourcingHandler
    void on(AppointmentRescheduled event) {
        start = event.start();
        end = event.end();
        operators = event.operators();
        if (event.rescheduledAt().isAfter(changedAt)) {
            changedAt = event.rescheduledAt();
            changedAtField = "rescheduledAt";
        }
    }

    @EventSourcingHandler
    void on(AppointmentCancelled event) {
        status = AppointmentStatus.CANCELLED;
        cancelReason = event.reason() != null;
    }

    @EventSourcingHandler
    void on(CancelReasonErased event) {
        cancelReason = false;
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
