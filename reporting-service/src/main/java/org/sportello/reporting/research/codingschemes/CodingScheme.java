package org.sportello.reporting.research.codingschemes;

import java.time.Instant;
import java.time.Period;
import java.util.List;

/**
 * Which outcome codes count as care and which as control, and how long a first access may last
 * before it is over. A version is never changed once written.
 */
public record CodingScheme(String version, List<String> care, List<String> control, Period window,
                           String reasons, Instant createdAt, String createdBy, State state, Instant readyAt) {

    /** COMPUTING while its episodes are computed from the facts; READY once they are. */
    public enum State { COMPUTING, READY }

    public CodingScheme {
        care = List.copyOf(care);
        control = List.copyOf(control);
    }

    public boolean ready() {
        return state == State.READY;
    }
}
