package org.sportello.scheduling.appointment;

import java.util.Optional;

/** What a booking needs to know of a request before it takes any lock: its facts, and whether it is booked. */
public interface RequestHistory {

    /** The request as it was made, and whether it has its appointment; empty when there is no such request. */
    Optional<Summary> find(RequestId requestId);

    record Summary(AppointmentRequested requested, boolean booked) {
    }
}
