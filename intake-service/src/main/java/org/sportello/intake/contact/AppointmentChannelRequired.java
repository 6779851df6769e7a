package org.sportello.intake.contact;

import org.sportello.platform.problem.DomainException;

/**
 * A contact named an appointment but came by another channel: the interview of an appointment is
 * an {@code APPOINTMENT} contact, and a walk-in or a phone call is no appointment's interview.
 */
public class AppointmentChannelRequired extends DomainException {

    /** The problem type: public API, so written once and never derived from the class name. */
    public static final String TYPE = "appointment-channel-required";

    AppointmentChannelRequired(Channel channel) {
        super(TYPE, Kind.INVALID_INPUT, "appointmentId", "an appointmentId is given only with channel APPOINTMENT, "
                + "not " + channel);
    }
}
