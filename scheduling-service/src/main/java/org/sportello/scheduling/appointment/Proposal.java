package org.sportello.scheduling.appointment;

import java.time.Instant;
import java.util.List;

import org.sportello.scheduling.time.TimeWindow;

/** A free slot: its window and, for each required role, a distinct operator free for all of it. */
public record Proposal(Instant start, Instant end, List<BookedOperator> operators) {

    public TimeWindow window() {
        return new TimeWindow(start, end);
    }
}
