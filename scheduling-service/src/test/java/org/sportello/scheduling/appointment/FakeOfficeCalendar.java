package org.sportello.scheduling.appointment;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.sportello.scheduling.office.OfficeCalendar;
import org.sportello.scheduling.office.OfficeId;
import org.sportello.scheduling.office.OpenSlot;
import org.sportello.scheduling.office.OpeningMode;

/** An office calendar in memory: weekly slots per office, and closed dates. */
class FakeOfficeCalendar implements OfficeCalendar {

    private record Weekly(OfficeId officeId, DayOfWeek day, LocalTime from, LocalTime to, OpeningMode mode) {
    }

    private final List<Weekly> weekly = new ArrayList<>();
    private final Set<OfficeId> offices = new HashSet<>();
    private final Set<LocalDate> closed = new HashSet<>();

    FakeOfficeCalendar open(OfficeId officeId, DayOfWeek day, String from, String to, OpeningMode mode) {
        offices.add(officeId);
        weekly.add(new Weekly(officeId, day, LocalTime.parse(from), LocalTime.parse(to), mode));
        return this;
    }

    FakeOfficeCalendar byAppointment(OfficeId officeId, DayOfWeek day, String from, String to) {
        return open(officeId, day, from, to, OpeningMode.BY_APPOINTMENT);
    }

    FakeOfficeCalendar closedOn(LocalDate date) {
        closed.add(date);
        return this;
    }

    @Override
    public boolean exists(OfficeId officeId) {
        return offices.contains(officeId);
    }

    @Override
    public List<OpenSlot> openSlots(OfficeId officeId, LocalDate from, LocalDate to, OpeningMode mode) {
        List<OpenSlot> slots = new ArrayList<>();
        for (LocalDate date = from; !date.isAfter(to); date = date.plusDays(1)) {
            if (closed.contains(date)) {
                continue;
            }
            for (Weekly slot : weekly) {
                if (slot.officeId().equals(officeId) && slot.day() == date.getDayOfWeek()
                        && (mode == null || slot.mode() == mode)) {
                    slots.add(new OpenSlot(date, slot.from(), slot.to(), slot.mode()));
                }
            }
        }
        slots.sort(Comparator.comparing(OpenSlot::date).thenComparing(OpenSlot::from));
        return slots;
    }
}
