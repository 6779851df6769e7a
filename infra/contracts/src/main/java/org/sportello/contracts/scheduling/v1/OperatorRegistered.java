package org.sportello.contracts.scheduling.v1;

import java.time.Instant;
import java.util.List;

/**
 * A member of staff (or partner volunteer) was registered with the offices they work at. Keyed by
 * {@code operatorId}. Their name, if kept, is personal data and stays inside scheduling.
 *
 * @param operatorId   the pseudonymous operator id, as in tokens' {@code sub}
 * @param roles        the roles they can take in an appointment, at least one
 * @param employer     who employs them: the municipality, or the cooperative that runs the service
 * @param offices      the offices they work at, at least one
 * @param registeredAt when they were registered, UTC
 * @param recordedBy   who registered them (the token's pseudonymous {@code sub}); null when no caller did
 */
public record OperatorRegistered(String operatorId, List<OperatorRole> roles, String employer, List<String> offices,
                                 Instant registeredAt, String recordedBy) {

    public static final String TYPE = "sportello.scheduling.OperatorRegistered.v1";
}
