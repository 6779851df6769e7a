package org.sportello.scheduling.appointment;

import java.time.Instant;

/**
 * Handled by {@link Withdrawal}: the request, not booked, is given up.
 *
 * @param withdrawnAt when it was given up: the time staff give when they record it after the fact, else {@code now}
 * @param now         the server's clock when the command was sent
 */
public record WithdrawRequest(RequestId requestId, WithdrawnBy by, Instant withdrawnAt, Instant now) {
}
