package org.sportello.launcher.demo;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.sportello.contracts.intake.v1.Channel;

/**
 * An office as scheduling answers for it: listed by {@code GET /api/offices}, its concrete open slots
 * from {@code GET /api/offices/{id}/open-hours} (closures already left out, local times in the office's
 * zone). The demo places its contacts in these slots and nowhere else. {@code central}: the municipality's
 * central office, as scheduling lists it.
 */
public record DemoOffice(String id, String municipalityId, boolean partnerDesk, boolean central, List<OpenSlot> slots) {

    public static final ZoneId ZONE = ZoneId.of("Europe/Rome");

    /** The modes scheduling gives a slot. */
    public enum Mode {
        WALK_IN,
        BY_APPOINTMENT,
        PHONE_LINE
    }

    /** One concrete open slot on a date, as {@code open-hours} lists it. */
    public record OpenSlot(LocalDate date, LocalTime from, LocalTime to, Mode mode) {
    }

    public DemoOffice {
        slots = List.copyOf(slots);
    }

    OfficeProfiles.Profile profile() {
        return OfficeProfiles.of(id);
    }

    /** The slots by date, for looking up a day at a time. */
    Map<LocalDate, List<OpenSlot>> byDate() {
        return slots.stream().collect(Collectors.groupingBy(OpenSlot::date, TreeMap::new, Collectors.toList()));
    }

    public boolean has(Mode mode) {
        return slots.stream().anyMatch(s -> s.mode() == mode);
    }

    /** The channel of a contact that starts in a slot of this mode: at a partner desk, an orientation there. */
    public Channel channel(Mode mode) {
        return switch (mode) {
            case WALK_IN -> partnerDesk ? Channel.PARTNER_DESK : Channel.WALK_IN;
            case PHONE_LINE -> Channel.PHONE;
            case BY_APPOINTMENT -> Channel.APPOINTMENT;
        };
    }

    /**
     * Whether a contact of this channel at this local time falls in one of the office's open slots:
     * e-mails are answered in any slot but the phone line's; appointments in BY_APPOINTMENT ones.
     */
    public boolean isOpen(LocalDateTime time, Channel channel) {
        LocalTime clock = time.toLocalTime();
        return slots.stream().filter(s -> s.date().equals(time.toLocalDate()))
                .filter(s -> !clock.isBefore(s.from()) && clock.isBefore(s.to()))
                .anyMatch(s -> channel(s.mode()) == channel || channel == Channel.EMAIL && s.mode() != Mode.PHONE_LINE);
    }
}
