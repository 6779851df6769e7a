package org.sportello.scheduling.office;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * An office's hour sets and closures, turned into concrete slots: each date takes the set with the
 * latest {@code validFrom} not after it (of two with the same {@code validFrom}, the later recorded),
 * and a date inside a closure has none. Local dates and times throughout: a slot on the day the
 * clocks change keeps the times it was set with, and {@link OpenSlot#window()} gives its true length.
 */
record OpeningSchedule(List<HoursSet> sets, List<Closure> closures) {

    /** @param order the set's position in the office's history (its event's sequence number) */
    record HoursSet(long order, LocalDate validFrom, List<WeeklySlot> slots) {
    }

    record Closure(LocalDate from, LocalDate to) {

        boolean covers(LocalDate date) {
            return !date.isBefore(from) && !date.isAfter(to);
        }
    }

    /** The slots on {@code from} to {@code to}, both included, of {@code mode} (null: every mode), in start order. */
    List<OpenSlot> slots(LocalDate from, LocalDate to, OpeningMode mode) {
        List<OpenSlot> slots = new ArrayList<>();
        for (LocalDate date = from; !date.isAfter(to); date = date.plusDays(1)) {
            LocalDate day = date;
            if (closures.stream().anyMatch(closure -> closure.covers(day))) {
                continue;
            }
            HoursSet set = validOn(day);
            if (set == null) {
                continue;
            }
            set.slots().stream()
                    .filter(slot -> slot.dayOfWeek() == day.getDayOfWeek())
                    .filter(slot -> mode == null || slot.mode() == mode)
                    .sorted(Comparator.comparing(WeeklySlot::from))
                    .forEach(slot -> slots.add(new OpenSlot(day, slot.from(), slot.to(), slot.mode())));
        }
        return slots;
    }

    /** The set in force on {@code date}, or null before the first. */
    HoursSet validOn(LocalDate date) {
        return sets.stream()
                .filter(set -> !set.validFrom().isAfter(date))
                .max(Comparator.comparing(HoursSet::validFrom).thenComparingLong(HoursSet::order))
                .orElse(null);
    }
}
