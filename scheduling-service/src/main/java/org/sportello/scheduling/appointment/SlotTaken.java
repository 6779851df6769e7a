package org.sportello.scheduling.appointment;

import org.sportello.platform.problem.DomainException;

/** An operator of the slot was booked by someone else meanwhile: nothing was booked. */
public class SlotTaken extends DomainException {

    /** The problem type: public API, so written once and never derived from the class name. */
    public static final String TYPE = "slot-taken";

    public SlotTaken(String detail) {
        super(TYPE, Kind.CONFLICT, "start", "the slot is taken: " + detail + "; ask for proposals again");
    }
}
