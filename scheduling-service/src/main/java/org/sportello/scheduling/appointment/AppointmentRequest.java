package org.sportello.scheduling.appointment;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.Instant;

import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import org.sportello.scheduling.office.OfficeId;

/**
 * A citizen's request for an interview at an office: answered with the first free slots, or, when
 * none is free within the booking horizon, put on the office's waiting list, where it is offered
 * freed slots in order of request until it is booked. A request gets one appointment: cancelling it
 * ends the request (the citizen asks again, and the new request's wait starts then).
 *
 * <p>Created by {@link AppointmentRequesting}, which searches the slots; booked by {@link Booking},
 * which holds the operators' claims first; offered slots by {@link WaitingList}.
 */
@Aggregate(type = AppointmentRequest.TYPE)
public class AppointmentRequest {

    /** The aggregate type stored beside every event: written out so that renaming the class changes no stored data. */
    static final String TYPE = "AppointmentRequest";

    @AggregateIdentifier
    private RequestId requestId;
    private OfficeId officeId;
    private boolean waiting;
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
        if (!waiting || appointmentId != null || (offeredStart != null && offeredStart.isAfter(at))) {
            return false;
        }
        apply(new SlotOffered(requestId, officeId, slot.start(), slot.end(), slot.operators(), freedBy, at));
        return true;
    }

    @EventSourcingHandler
    void on(AppointmentRequested event) {
        requestId = event.requestId();
        officeId = event.officeId();
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
