package org.sportello.launcher.demo;

import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.time.LocalTime;

import org.sportello.contracts.intake.v1.Channel;

/**
 * A weekly time slot of an office (fascia oraria), in the office's local time.
 *
 * @param mode how citizens reach the office in that slot
 */
public record OpeningHours(DayOfWeek day, LocalTime from, LocalTime to, Mode mode) {

    /** As in DESIGN.md, plus the hours of a partner organisation's desk in the district. */
    public enum Mode {
        WALK_IN,
        BY_APPOINTMENT,
        PHONE_LINE,
        /** Segretariato sociale diffuso: a partner's desk (parish, association) that orients and refers. */
        PARTNER_DESK
    }

    public OpeningHours {
        if (!from.isBefore(to)) {
            throw new IllegalArgumentException("a slot ends after it starts: " + from + "-" + to);
        }
    }

    static OpeningHours of(DayOfWeek day, String from, String to, Mode mode) {
        return new OpeningHours(day, LocalTime.parse(from), LocalTime.parse(to), mode);
    }

    public boolean contains(LocalDateTime time) {
        LocalTime clock = time.toLocalTime();
        return time.getDayOfWeek() == day && !clock.isBefore(from) && clock.isBefore(to);
    }

    /** Which channels a contact in this slot may have: e-mails are answered during any staffed slot. */
    public boolean allows(Channel channel) {
        return switch (mode) {
            case WALK_IN -> channel == Channel.WALK_IN || channel == Channel.EMAIL;
            case BY_APPOINTMENT -> channel == Channel.APPOINTMENT || channel == Channel.EMAIL;
            case PHONE_LINE -> channel == Channel.PHONE;
            case PARTNER_DESK -> channel == Channel.PARTNER_DESK;
        };
    }

    /** The channel of a contact that starts in this slot. */
    public Channel channel() {
        return switch (mode) {
            case WALK_IN -> Channel.WALK_IN;
            case BY_APPOINTMENT -> Channel.APPOINTMENT;
            case PHONE_LINE -> Channel.PHONE;
            case PARTNER_DESK -> Channel.PARTNER_DESK;
        };
    }
}
