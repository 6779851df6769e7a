package org.sportello.scheduling.appointment;

import java.util.Optional;

/** What a booking needs to know of a request before it takes any lock: its facts, and whether it is booked or withdrawn. */
public interface RequestHistory {

    /** The request as it was made, whether it has its appointment, whether it was withdrawn; empty when there is no such request. */
    Optional<Summary> find(RequestId requestId);

    record Summary(AppointmentRequested requested, boolean booked, boolean withdrawn) {
    }
}
