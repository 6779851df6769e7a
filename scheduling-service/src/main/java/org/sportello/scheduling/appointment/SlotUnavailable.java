package org.sportello.scheduling.appointment;

import org.sportello.platform.problem.DomainException;

/** The slot is no longer valid: in the past, off the grid, outside the office's hours for appointments, or an operator is not available for all of it. */
public class SlotUnavailable extends DomainException {

    /** The problem type: public API, so written once and never derived from the class name. */
    public static final String TYPE = "slot-unavailable";

    public SlotUnavailable(String detail) {
        super(TYPE, Kind.CONFLICT, "start", "the slot is not bookable: " + detail);
    }
}
