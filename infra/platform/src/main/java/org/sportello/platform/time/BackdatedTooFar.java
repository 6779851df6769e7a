package org.sportello.platform.time;

import java.time.Duration;
import java.time.Instant;

import org.sportello.platform.problem.DomainException;

/**
 * Something recorded after the fact lies further back than the service's backdating limit
 * ({@code sportello.scheduling.backdating-limit}, {@code sportello.referral.backdating-limit}): older
 * history is a typing error (1025 for 2025), or an import that should be planned, not typed in.
 */
public class BackdatedTooFar extends DomainException {

    /** The problem type: public API, so written once and never derived from the class name. */
    public static final String TYPE = "backdated-too-far";

    BackdatedTooFar(String field, Instant at, Instant now, Duration limit) {
        super(TYPE, Kind.RULE_VIOLATION, field, field + " " + at + " is more than " + limit.toDays()
                + " days before the time of recording (" + now + ")");
    }
}
