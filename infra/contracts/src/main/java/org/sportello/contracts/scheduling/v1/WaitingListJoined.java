package org.sportello.contracts.scheduling.v1;

import java.time.Instant;
import java.util.UUID;

/**
 * No slot was free within the booking horizon, so the request joined the office's waiting list: it is
 * offered the next freed slot, in order. Keyed by {@code requestId}.
 *
 * @param requestId the request (see {@link AppointmentRequested})
 * @param officeId  the office whose list it joined
 * @param joinedAt  when, UTC
 */
public record WaitingListJoined(UUID requestId, String officeId, Instant joinedAt) {

    public static final String TYPE = "sportello.scheduling.WaitingListJoined.v1";
}
