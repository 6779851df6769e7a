package org.sportello.scheduling.appointment;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.axonframework.modelling.command.Repository;
import org.sportello.scheduling.office.OfficeId;
import org.sportello.scheduling.time.TimeWindow;
import org.springframework.stereotype.Component;

/**
 * Offers a freed slot to the office's waiting list, in order of request: the first waiting request
 * (holding no offer it could still book) for which a free slot exists within the freed window, found
 * as any search finds slots, is offered the first such slot. At most one request per freed window.
 *
 * <p>Runs in the transaction that freed the window, after its claims were released (and, for a
 * reschedule, the new ones taken), so it sees exactly what is free. An offer holds nothing: booking
 * it is a booking like any other, and whoever books first gets the slot; a request whose offer went
 * to someone else gets the next freed slot once its offer's time has passed. Offers do not expire
 * otherwise, and a waiting request stays on the list until it is booked.
 *
 * <p>Offers are made at the server's clock ({@code at}), also when the cancellation or move is
 * recorded after the fact: only the part of the window still ahead then is offered.
 *
 * <p>The list is read from the read model, written in the command's own transaction: it decides only
 * who is asked first, while the claims keep the invariant.
 */
@Component
class WaitingList implements FreedSlots {

    /** A freed slot is tried against this many waiting requests at most: enough, and a bound on the cost of a cancellation. */
    static final int CANDIDATES = 50;

    private final RequestProjection waiting;
    private final SlotFinder slots;
    private final Repository<AppointmentRequest> requests;

    WaitingList(RequestProjection waiting, SlotFinder slots, Repository<AppointmentRequest> requests) {
        this.waiting = waiting;
        this.slots = slots;
        this.requests = requests;
    }

    @Override
    public void freed(OfficeId officeId, TimeWindow window, AppointmentId freedBy, Instant at) {
        if (!window.end().isAfter(at)) {
            return;
        }
        Instant from = window.start().isBefore(at) ? at : window.start();
        for (RequestProjection.Waiting candidate : waiting.offerable(officeId, at, CANDIDATES)) {
            // Never before the request was made, as any search (a request recorded late may wait behind none).
            Instant earliest = candidate.requestedAt().isAfter(from) ? candidate.requestedAt() : from;
            List<Proposal> fits = slots.find(officeId, candidate.requiredRoles(),
                    Duration.ofMinutes(candidate.durationMinutes()), earliest, window.end(), 1);
            if (fits.isEmpty()) {
                continue;
            }
            Proposal slot = fits.get(0);
            boolean offered = requests.load(candidate.requestId().toString())
                    .invoke(request -> request.offer(slot, freedBy, at));
            if (offered) {
                return;
            }
        }
    }
}
