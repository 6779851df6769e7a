package org.sportello.scheduling.appointment;

import java.time.Instant;

import org.axonframework.serialization.Revision;
import org.sportello.scheduling.office.OfficeId;

/**
 * Internal: a request that was not booked (proposed, or waiting) was given up, and left the waiting
 * list if it was on it. Not published: no contract of scheduling's speaks of requests, only of
 * appointments. Holds who withdrew it, not why: a reason would be free text about the citizen, with no
 * retention of its own here (the cancel reason's is the appointment's).
 */
@Revision("1")
public record RequestWithdrawn(RequestId requestId, OfficeId officeId, WithdrawnBy by, Instant withdrawnAt) {
}
