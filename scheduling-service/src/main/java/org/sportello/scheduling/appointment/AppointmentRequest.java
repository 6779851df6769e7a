package org.sportello.scheduling.appointment;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.Instant;

import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import org.sportello.platform.personaldata.ErasureGround;
import org.sportello.scheduling.office.OfficeId;
import org.sportello.platform.time.RecordedTime;

/**
 * A citizen's request for an interview at an office: answered with the first free slots, or, when
 * none is free within the booking horizon, put on the office's waiting list, where it is offered
 * freed slots in order of request until it is booked. A request gets one appointment: cancelling it
 * ends the request (the citizen asks again, and the new request's wait starts then).
 *
 * <p>Created by {@link AppointmentRequesting}, which searches the slots; booked by {@link Booking},
 * which holds the operators' claims first; offered slots by {@link WaitingList}; withdrawn by
 * {@link Withdrawal}, which shreds the number's key.
 */
@Aggregate(type = AppointmentRequest.TYPE)
public class AppointmentRequest {

    /** The aggregate type stored beside every event: written out so that renaming the class changes no stored data. */
    static final String TYPE = "AppointmentRequest";

    @AggregateIdentifier
    private RequestId requestId;
    private OfficeId officeId;
    private Instant requestedAt;
    /** Whether an anonymous caller's number is held (not yet erased). */
    private boolean callbackPhone;
    private boolean waiting;
    private boolean withdrawn;
    private AppointmentId appointmentId;
    /** The start of the slot last offered, while the request waits; null when it holds no offer. */
    private Instant offeredStart;

    protected AppointmentRequest() {
        // for Axon: rebuilt from events
    }

    /** @param slotFree whether the search found a free slot within the horizon; if not, the request waits */
    AppointmentRequest(RequestAppointment command, boolean slotFree) {
        apply(new AppointmentRequested(command.requestId(), command.officeId(), command.citizenId(),
                command.callbackPhone(), command.requestedVia(), command.requiredRoles(), command.durationMinutes(),
                command.requestedAt()));
        if (!slotFree) {
            apply(new WaitingListJoined(command.requestId(), command.officeId(), command.requestedAt()));
        }
    }

    /** Called by {@link Booking} once the slot's claims are held. */
    void book(AppointmentId appointment, Instant at) {
        if (withdrawn) {
            throw new RequestAlreadyWithdrawn(requestId);
        }
        if (appointmentId != null) {
            throw new RequestAlreadyBooked(requestId);
        }
        apply(new RequestBooked(requestId, appointment, officeId, at));
    }

    /**
     * Offers a freed slot to this request, if it is still waiting and holds no offer it could still
     * book (one whose start is ahead): each freed slot then reaches a different waiting request.
     * Returns whether it was offered.
     */
    boolean offer(Proposal slot, AppointmentId freedBy, Instant at) {
        if (withdrawn || !waiting || appointmentId != null || (offeredStart != null && offeredStart.isAfter(at))) {
            return false;
        }
        apply(new SlotOffered(requestId, officeId, slot.start(), slot.end(), slot.operators(), freedBy, at));
        return true;
    }

    /**
     * Withdraws the request, if it is neither booked (its appointment is cancelled instead, which ends
     * it) nor withdrawn already, at a time between its request and now. Returns whether a callback
     * number was erased with it: the caller then shreds the request's key in the same transaction.
     */
    boolean withdraw(WithdrawRequest command) {
        if (withdrawn) {
            throw new RequestAlreadyWithdrawn(requestId);
        }
        if (appointmentId != null) {
            throw new RequestAlreadyBooked(requestId);
        }
        RecordedTime.notInFuture("withdrawnAt", command.withdrawnAt(), command.now());
        RecordedTime.notBefore("withdrawnAt", command.withdrawnAt(), "the request's requestedAt", requestedAt);
        // Read before applying: apply() runs the event-sourcing handler at once, which clears it.
        boolean erase = callbackPhone;
        apply(new RequestWithdrawn(requestId, officeId, command.by(), command.withdrawnAt()));
        if (erase) {
            // As when an appointment ends (Appointment.over): no appointment, and erased at the server's clock.
            apply(new CallbackPhoneErased(requestId, null, ErasureGround.NO_LONGER_NECESSARY,
                    "request " + requestId + " WITHDRAWN", CallbackPhoneErased.ERASED_BY, command.now()));
        }
        return erase;
    }

    @EventSourcingHandler
    void on(AppointmentRequested event) {
        requestId = event.requestId();
        officeId = event.officeId();
        requestedAt = event.requestedAt();
        callbackPhone = event.callbackPhone() != null;
    }

    @EventSourcingHandler
    void on(RequestWithdrawn event) {
        withdrawn = true;
        waiting = false;
        offeredStart = null;
    }

    @EventSourcingHandler
    void on(CallbackPhoneErased event) {
        callbackPhone = false;
    }

    @EventSourcingHandler
    void on(WaitingListJoined event) {
        waiting = true;
    }

    @EventSourcingHandler
    void on(SlotOffered event) {
        offeredStart = event.start();
    }

    @EventSourcingHandler
    void on(RequestBooked event) {
        appointmentId = event.appointmentId();
        waiting = false;
        offeredStart = null;
    }
}
