package org.sportello.scheduling.appointment;

import java.time.Instant;

import org.axonframework.serialization.Revision;
import org.sportello.scheduling.office.OfficeId;

/** Internal: no slot was free within the booking horizon, so the request waits in its office's list. */
@Revision("1")
public record WaitingListJoined(RequestId requestId, OfficeId officeId, Instant joinedAt) {
}
